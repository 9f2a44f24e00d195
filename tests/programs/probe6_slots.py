# __slots__, inheritance, equality/hash, attribute protocol helpers.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def copy(self):
        new = type(self).__new__(type(self))
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if hasattr(self, name):
                    setattr(new, name, getattr(self, name))
        return new

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"
    def __eq__(self, other):
        if isinstance(other, Point3):
            return (self.x, self.y, self.z) == (other.x, other.y, other.z)
        return NotImplemented
    __hash__ = Point.__hash__

class Loose(Point):
    pass

class Plain:
    kind = "plain"
    def __init__(self, a):
        self.a = a
        self.b = [a]

p, q = Point(1, 2), Point(1, 2)
print(p, q, p == q, p is q, p != Point(2, 1), hash(p) == hash(q))
d = {p: "first"}
d[q] = "second"
d[Point3(1, 2, 3)] = "three"
print(len(d), d[Point(1, 2)], sorted(map(repr, d)))
s = {Point(0, 0), Point(0, 0), Point3(0, 0, 0), Point3(0, 0, 1)}
print(len(s), Point(0, 0) in s, Point3(0, 0, 1) in s, Point3(9, 9, 9) in s)
print(Point(1, 2) == Point3(1, 2, 5), Point3(1, 2, 5) == Point(1, 2), p == (1, 2))
c = Point3(4, 5, 6).copy()
print(c, type(c).__name__, c == Point3(4, 5, 6))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
lo = Loose(7, 8)
lo.extra = 9
print(lo, vars(lo), hasattr(lo, "__dict__"))
pl = Plain(3)
print(vars(pl), sorted(vars(Plain).keys() & {"kind", "__init__"}))
print(getattr(pl, "a"), getattr(pl, "missing", "dflt"), getattr(pl, "kind"), hasattr(pl, "nope"))
setattr(pl, "c", 10)
delattr(pl, "b")
print(vars(pl), hasattr(pl, "b"))
try:
    delattr(pl, "b")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(pl, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
half = Point.__new__(Point)
half.x = 1
print(hasattr(half, "x"), hasattr(half, "y"), getattr(half, "y", None))
try:
    half.y
except AttributeError as e:
    print("AttributeError:", e)
del half.x
print(hasattr(half, "x"))
print(isinstance(c, Point), isinstance(p, Point3), isinstance(lo, (Plain, Point)))
print(issubclass(Point3, Point), issubclass(Point, Point3), issubclass(Loose, (Plain, Point)), issubclass(bool, int))
print(Point.__slots__, Point3.__slots__, [k.__name__ for k in Point3.__mro__])
print(type(Point.x).__name__, Point.x.__name__)
print(sorted(d.values()), {Point(i, i) for i in range(3)} == {Point(2, 2), Point(1, 1), Point(0, 0)})
