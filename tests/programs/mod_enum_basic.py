from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(Color.__members__)
print(Color, type(Color))
print(f"{Color.GREEN}", format(Color.GREEN, ">15"), "%s" % Color.BLUE)
print(Color.RED in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError", e)
print(Color.RED == Color.RED, Color.RED == 1, hash(Color.RED) == hash("RED"))
print({Color.RED: "r"}[Color.CRIMSON])
print(list(reversed(Color)))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, f"{Num.TWO}", str(Num.ONE))
print(Num(2), Num.ONE == 1, sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int))

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto))

class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.X), S.Y.upper(), S.X == "x", f"{S.Y}")

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)))
print(~Perm.R, repr(~rw), Perm.R & Perm.W, len(rw))
try:
    Perm(8)
except ValueError as e:
    print("ValueError", e)

class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R | IP.W, repr(IP.R | 8), IP.R | 1, IP(7), repr(~IP.R))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.mass)

class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    def describe(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.CIRCLE.describe(), Shape.default())

try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
A2 = Enum('A2', [('X', 5), ('Y', 6)])
print(repr(A2.Y))

class WithMissing(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls(value.lower())
print(WithMissing("A"))

try:
    class Ext(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)

class Base(Enum):
    def hello(self):
        return "hi " + self.name
class Child(Base):
    Q = 1
print(Child.Q.hello())

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)

class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
print(Color.RED.__class__.__name__, type(Color.RED) is Color)
print(dir(Color.RED)[:3] if False else "")
print([m.name for m in Color], [n for n in Color.__members__])
print(IntEnum.__name__, Num.__mro__[1:3] if False else "")
print(max(Num), Num.TWO.real)
