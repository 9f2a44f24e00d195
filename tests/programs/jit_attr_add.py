# Attribute stores that add an attribute (an object moves to a new shape) in hot code:
# values of every kind, classes with many attributes, several classes at one store, and
# objects that do not fit the cached shape (a __dict__ asked for, an attribute deleted,
# a class changed). Reference counts must come out as CPython's: __del__ runs when it does.


class Tracked:
    count = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Tracked.count += 1


class Point:
    def __init__(self, i):
        self.x = i
        self.y = i * 0.5
        self.z = None
        self.label = "p%d" % i
        self.flag = i % 2 == 0
        self.tracked = Tracked(i)
        self.extra = (i, i)


class Wide:
    def __init__(self, i):
        self.a = i
        self.b = i + 1
        self.c = i + 2
        self.d = i + 3
        self.e = i + 4
        self.f = i + 5
        self.g = i + 6
        self.h = i + 7
        self.i = i + 8
        self.j = [i]


class Base:
    def __init__(self, v):
        self.v = v
        self.w = v * 2


class Derived(Base):
    pass


class Other(Base):
    def __init__(self, v):
        self.first = 0
        Base.__init__(self, v)


def total(points):
    s = 0
    for p in points:
        s += p.x + p.y + (p.z is None) + len(p.label) + p.flag + len(p.extra)
    return s


def main():
    points = [Point(i) for i in range(3000)]
    print(total(points), Tracked.count)
    del points
    print("after del", Tracked.count)
    wides = [Wide(i) for i in range(2000)]
    print(sum(w.a + w.j[0] + w.i for w in wides), len(vars(wides[5])))
    mixed = [cls(i) for i in range(2000) for cls in (Base, Derived, Other)]
    print(sum(m.v + m.w for m in mixed), [sorted(vars(m)) for m in mixed[:3]])
    # An object with a __dict__ already made, one with an attribute deleted, then stores.
    odd = Point(1)
    odd.__dict__["late"] = 1
    dl = Point(2)
    del dl.y
    dl.y = 9
    print(vars(odd).keys(), list(vars(dl)))
    for k in range(1500):
        p = Point(k)
        if k == 700:
            Point.y = property(lambda self: "class y", lambda self, v: None)
        q = Base(k)
    print(p.y, vars(p).get("y"), q.w, Tracked.count)
    del Point.y
    p = Point(3)
    print(p.y, sorted(vars(p)))


class Loud:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        if self.k % 400 == 0:
            print("del", self.k)


class Holder:
    def __init__(self):
        self.item = None
        self.n = 0


def replace_in_place():
    # Stores over an existing attribute: the old value is released after the new one is
    # stored, so each __del__ runs at its store, before the print that follows.
    h = Holder()
    for k in range(1300):
        h.item = Loud(k)
        h.n = k
        if k % 400 == 0:
            print("stored", k)
    for v in ("s", 5, 2.5, None, [1], h):
        h.item = v
    print(type(h.item).__name__, h.n)
    h.item = None


main()
replace_in_place()
print("end", Tracked.count)
