# Classes: class vs instance attributes, methods, __init__, __dict__
class Point:
    """A 2-D point."""
    dims = 2
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
q = p.moved(1)
print(p, q, p.norm2(), q.norm2(), Point.count)
print(p.dims, Point.dims, Point.__doc__, Point.__name__)
print(p.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 10
print(p.dims, q.dims)
del p.dims
print(p.dims)
m = p.norm2
print(m(), Point.norm2(p), m.__self__ is p, m.__func__ is Point.norm2)
p.x = 6
print(m())
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything, type(e).__name__, type(e) is Empty, e.__class__ is Empty)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
Empty.new_method = lambda self: "added later"
print(e.new_method())
print(getattr(p, "x"), getattr(p, "zzz", "dflt"), hasattr(p, "y"))
setattr(p, "z", 99)
print(p.z)
class Chain:
    def __init__(self):
        self.log = []
    def add(self, v):
        self.log.append(v)
        return self
c = Chain().add(1).add(2).add(3)
print(c.log)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(a.items, b.items, Shared.items)
print(type(Point).__name__, type(type).__name__, Point.__bases__[0].__name__)
