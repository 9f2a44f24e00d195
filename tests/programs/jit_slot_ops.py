# Instructions compiled through one runtime helper: f-strings (conversions and format specs),
# calls with keyword arguments, set and dict displays, tuple displays with starred parts,
# and `del container[key]`; each also raising in compiled code.


def fmt(n):
    out = []
    for i in range(n):
        x = i * 0.25
        out.append(f"{i}:{x:.2f}|{i!r:>5}|{str(i)!s}|{'é'!a}|{i:#x}")
    return out[-2:]


print(fmt(300))


def bad_fmt(n):
    for i in range(n):
        try:
            s = f"{i:q}" if i == n - 1 else f"{i:d}"
        except ValueError as e:
            return str(e)
    return s


print(bad_fmt(200))


def area(w, h=1, *, scale=1.0):
    return w * h * scale


def kw_calls(n):
    t = 0.0
    for i in range(n):
        t += area(i, h=2) + area(w=i, scale=0.5) + area(i, 3, scale=2.0)
    return t


print(kw_calls(500))


def bad_kw(n):
    for i in range(n):
        try:
            area(i, depth=3) if i == n - 1 else area(i, h=1)
        except TypeError as e:
            return str(e)


print(bad_kw(300))


def displays(n):
    total = 0
    for i in range(n):
        s = {i, i + 1, i % 7}
        d = {"a": i, i: "b", (i, 2): s and 1}
        t = (*range(i % 3), *[i], i)
        total += len(s) + len(d) + len(t)
    return total


print(displays(600))


def bad_displays(items):
    out = []
    for x in items:
        try:
            out.append(len({x, 1}) + len({x: 1}))
        except TypeError as e:
            out.append(str(e))
    return out[-2:]


print(bad_displays([1, 2, 3] * 200 + [[1]]))


def deletions(n):
    d = {}
    for i in range(n):
        d[i] = i
    misses = 0
    for i in range(0, n + 10, 2):
        try:
            del d[i]
        except KeyError:
            misses += 1
    lst = list(range(20))
    for _ in range(5):
        del lst[::3]
    return len(d), misses, lst


print(deletions(800))
