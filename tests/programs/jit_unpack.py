# Unpacking in hot loops: tuples and lists unpacked in place by compiled code, other
# iterables and wrong lengths through the runtime, starred targets, and errors raised from
# compiled code with the interpreter's messages.


class Pair(tuple):
    pass


def pairs(n):
    return (n, n + 1)


def plain(loops):
    total = 0
    t = (1, 2.5, "x")
    lst = [4, 5, 6]
    for i in range(loops):
        a, b, c = t  # a local tuple, borrowed
        d, e, f = lst  # a local list
        g, h = pairs(i)  # a new tuple, owned and released
        j, k = [i, -i]  # a new list
        m, n = Pair((i, 2 * i))  # a tuple subclass: the runtime's path
        p, q = range(i, i + 2)  # any iterable
        total += a + int(b) + len(c) + d + e + f + g + h + j + k + m + n + p + q
    return total


def starred(loops):
    total = 0
    seq = (1, 2, 3, 4, 5)
    for i in range(loops):
        first, *rest = seq
        *init, last = [i, i + 1, i + 2]
        head, *middle, tail = seq
        x, *empty, y = (i, -i)
        total += first + len(rest) + sum(init) + last + head + sum(middle) + tail + len(empty) + x + y
    return total


def mixed(loops):
    # The same site sees tuples, lists and a string, then lengths that do not fit.
    out = []
    items = [(1, 2), [3, 4], "ab", (5, 6, 7), [8], iter((9, 10))]
    for i in range(loops):
        v = items[i % len(items)]
        try:
            a, b = v
            out.append((a, b))
        except ValueError as e:
            out.append(str(e))
        except TypeError as e:
            out.append(str(e))
    return out


def objects(loops):
    # Unpacked objects keep their own references after the tuple goes.
    keep = []
    for i in range(loops):
        a, b = ([i], {"k": i})
        keep.append(a)
        keep.append(b)
    return len(keep), keep[-2], keep[-1]


print(plain(3000))
print(starred(3000))
r = mixed(3000)
print(len(r), r[:8], r[-6:])
print(objects(3000))
try:
    for i in range(3000):
        a, b = (i, i + 1) if i < 2500 else (i,)
except ValueError as e:
    print("ValueError:", e, i)
try:
    for i in range(3000):
        a, *b, c = (i, i) if i < 2500 else (i,)
except ValueError as e:
    print("ValueError:", e, i)
try:
    for i in range(3000):
        a, b = i
except TypeError as e:
    print("TypeError:", e)
