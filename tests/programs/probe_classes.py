# classes
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting c")
        del self._c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.c
print(hasattr(t, "_c"))
class Shape:
    count = 0
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()
        Shape.registry.append(cls.__name__)
    def __init__(self):
        Shape.count += 1
    @classmethod
    def make(cls, *a):
        return cls(*a)
    @staticmethod
    def unit():
        return "m"
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__}[{self.tag}] area={self.area():.2f}{self.unit()}"
class Rect(Shape, tag="rectangle"):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def describe(self):
        return "SQ:" + super().describe()
class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect.make(2, 3), Square.make(4), Circle(1)]
for s in shapes:
    print(s.describe())
print(Shape.registry, Shape.count, Square.tag, Square.__mro__[1].__name__, [c.__name__ for c in Square.__mro__])
print(isinstance(shapes[1], Rect), issubclass(Square, Shape), issubclass(Circle, Rect), Shape.unit())
print(hasattr(Shape, "__class_getitem__"), hasattr(list, "__class_getitem__"))
class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, Pt):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x!r}, {self.y!r})"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
p = Pt(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(p == Pt(1, 2), p != Pt(2, 1), p == (1, 2), len({p, Pt(1, 2), Pt(0, 0)}), sorted([Pt(3, 0), Pt(1, 5), Pt(1, 2)]))
print(hasattr(p, "__dict__"), Pt.__slots__)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None, NoHash() == 5)
class Truthy:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BoolFirst(Truthy):
    def __bool__(self): return True
print(bool(Truthy(0)), bool(Truthy(3)), bool(BoolFirst(0)), bool(object()), "yes" if Truthy(0) else "no")
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([*Seq()])))
class Box:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
    def __contains__(self, v):
        print("contains called", v)
        return v in self.items
b = Box([1, 2])
print(2 in b, 3 not in b, list(b), [x * 2 for x in b])
class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __repr__(self): return "Vec" + repr(self.c)
    def __getattr__(self, name):
        return f"<no {name}>"
v = Vec(1, 2)
print(v + Vec(3, 4), v * 3, 2 * v, -v, v.missing, v.c)
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), type(WithMeta).__name__)
print(type(p).__name__, Pt.__name__, Pt.__qualname__, Square.__bases__[0].__name__)
class Str:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
print(Str(), [Str()], f"{Str()}", str(Str()), repr(Str()))
