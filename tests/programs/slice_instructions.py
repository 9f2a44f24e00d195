# Slices written `x[a:b]` and `x[a:b:c]` (compiled without a slice object where the container
# is a list, tuple or str of its own), and every other container, which gets the slice object.


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class Recorder:
    def __getitem__(self, key):
        return ("get", key)

    def __setitem__(self, key, value):
        print("set", key, value)


class MyList(list):
    pass


class LoudList(list):
    def __getitem__(self, key):
        print("LoudList.__getitem__", key)
        return list.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("LoudList.__setitem__", key, value)
        list.__setitem__(self, key, value)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


def main():
    xs = list(range(10))
    t = tuple(xs)
    s = "abcdefghij"
    u = "αβγδεζηθικ"
    for lo in (None, -12, -3, 0, 2, 9, 15):
        for hi in (None, -12, -2, 0, 5, 10, 20):
            print(lo, hi, xs[lo:hi], t[lo:hi], s[lo:hi], u[lo:hi])
            for st in (1, 2, -1, -3):
                print("  ", st, xs[lo:hi:st], t[lo:hi:st], s[lo:hi:st], u[lo:hi:st])
    print(t[:] is t, t[0:10] is t, t[::1] is t, t[::-1] is t)
    for short in ([], [1], [1, 2, 3]):
        for lo in (None, -5, -1, 0, 1, 2, 5):
            print([short[lo:hi:-1] for hi in (None, -5, -1, 0, 1, 2, 5)])
    print(xs[Idx(2):Idx(-2)], s[Idx(1)::Idx(3)], xs[True:])
    show("step zero", lambda: xs[::0])
    show("float bound", lambda: xs[1.5:])
    show("str bound", lambda: s["a":])
    five = 5
    show("int slice", lambda: five[1:2])
    show("dict slice", lambda: {}[1:2])
    print(Recorder()[1:2], Recorder()[::3], Recorder()[1:2:None])
    r = Recorder()
    r[1:2] = "v"
    r[::-1] = "w"
    m = MyList([1, 2, 3, 4])
    print(type(m[1:3]).__name__, m[1:3], m[::-1])
    m[1:3] = "xy"
    print(m)
    loud = LoudList([1, 2, 3, 4, 5])
    print(loud[1:4], loud[::2])
    loud[0:2] = [9]
    print(loud)
    print(b"hello"[1:3], bytearray(b"hello")[::-1], range(10)[2:8:2], memo(3))
    # Assignment.
    a = list(range(8))
    a[2:5] = ["a", "b", "c"]
    print(a)
    a[1:3] = []
    print(a)
    a[:0] = [-1, -2]
    print(a)
    a[len(a):] = (7, 8)
    print(a)
    a[::2] = "x" * len(a[::2])
    print(a)
    show("extended size", lambda: a.__setitem__(slice(None, None, 2), [1]))
    def bad_extended():
        a[::2] = [1]
    show("extended size (statement)", bad_extended)
    def not_iterable():
        a[1:2] = 5
    show("not iterable", not_iterable)
    a[:] = a
    print(a)
    a[1:3] = a
    print(a)
    b = list(range(6))
    b[1:4] += ["z"]
    print(b)
    del b[::2]
    print(b)
    tup = (1, 2, 3)
    def tuple_store():
        tup[0:1] = [5]
    show("tuple store", tuple_store)
    # In a hot loop (compiled code slices too).
    total = 0
    perm = list(range(9))
    for k in range(3000):
        j = k % 9
        perm[: j + 1] = perm[j::-1]
        total += perm[0] + len(perm[j:]) + len(s[j:j + 3])
    print(total, perm)


def memo(n):
    return list(range(n))[:]


main()
