# match: class patterns: isinstance checks, __match_args__, keyword sub-patterns, the
# self-matching builtins, dataclass-like classes written by hand.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d on the floor at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x, y=y):
            return f"somewhere {x},{y}"
        case Point():
            return "a point"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 3), Point3(1, 2, 0), Point3(0, 0, 1), "P"]:
    print(p, "->", where(p))


# A hand-written "dataclass": __match_args__ from the fields.
class Fields:
    def __init_subclass__(cls):
        cls.__match_args__ = tuple(cls.__annotations__)

    def __init__(self, *args):
        for name, v in zip(type(self).__match_args__, args):
            setattr(self, name, v)

    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in type(self).__match_args__)
        return f"{type(self).__name__}({args})"


class Num(Fields):
    value: int


class Add(Fields):
    left: object
    right: object


class Mul(Fields):
    left: object
    right: object


class Neg(Fields):
    operand: object


def evaluate(e):
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return 0
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
        case Neg(Neg(inner)):
            return evaluate(inner)
        case Neg(x):
            return -evaluate(x)
    raise ValueError(f"bad expression {e!r}")


def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Neg(Neg(x)):
            return simplify(x)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
        case _:
            return e


exprs = [
    Add(Num(1), Num(2)),
    Mul(Add(Num(1), Num(2)), Num(4)),
    Mul(Num(0), Add(Num(1), Num(2))),
    Neg(Neg(Num(7))),
    Add(Num(0), Mul(Num(1), Neg(Neg(Num(3))))),
]
for e in exprs:
    print(e, "=", evaluate(e), "simplified:", simplify(e))
try:
    evaluate("nonsense")
except ValueError as exc:
    print(type(exc).__name__, exc)

# The self-matching builtins: one positional sub-pattern matches the whole subject.
for v in [5, True, 2.5, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({2}), None, 3j]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case bytes(b):
            print("bytes", b)
        case bytearray(b):
            print("bytearray", b)
        case list([x]):
            print("list with", x)
        case tuple(t):
            print("tuple", t)
        case dict({1: y}):
            print("dict with 1 ->", y)
        case set(s) | frozenset(s):
            print("some set", s)
        case _:
            print("other", v)

# Subclasses of those inherit the behaviour unless they define __match_args__.
class MyInt(int):
    pass


class Pair(tuple):
    __match_args__ = ("first", "second")

    @property
    def first(self):
        return self[0]

    @property
    def second(self):
        return self[1]


match MyInt(7):
    case MyInt(n):
        print("MyInt", n, type(n).__name__)
match Pair((1, 2)):
    case Pair(a, b):
        print("Pair", a, b)
match MyInt(7):
    case int(real=r, denominator=d):
        print("int keyword sub-patterns", r, d)

# Keyword sub-patterns use getattr: properties and missing attributes.
class Box:
    def __init__(self, content):
        self._content = content

    @property
    def content(self):
        print("  property read")
        return self._content


match Box(3):
    case Box(missing=1):
        print("no")
    case Box(content=c):
        print("Box content", c)

# isinstance with a tuple-free class; a metaclass __instancecheck__ is honoured.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)


class AnyInt(metaclass=Meta):
    pass


match 10:
    case AnyInt():
        print("10 is an AnyInt")
match "10":
    case AnyInt():
        print("no")
    case _:
        print("'10' is not an AnyInt")

# object() matches everything; a class pattern with only keywords works on any object.
match 42:
    case object(real=r):
        print("object pattern, real =", r)

# Positional attribute missing on the instance: no match, no error.
class Half:
    __match_args__ = ("a", "b")

    def __init__(self):
        self.a = 1


match Half():
    case Half(a, b):
        print("no")
    case Half(a):
        print("only a", a)

# Class patterns inside sequences and mappings, with captures.
shapes = [("circle", Point(0, 0), 5), ("rect", Point(1, 1), Point(3, 4)), {"kind": Point(2, 2)}]
for s in shapes:
    match s:
        case ("circle", Point(x, y) as center, r):
            print("circle at", center, "r", r, "x+y", x + y)
        case ("rect", Point(x1, y1), Point(x2, y2)):
            print("rect area", (x2 - x1) * (y2 - y1))
        case {"kind": Point(x, y)}:
            print("kind point", x, y)
