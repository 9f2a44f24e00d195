from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), Point.__doc__)
print(fields(p)[0].name, [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(3))
print(replace(p, y=5), p.__match_args__)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: 1}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    v1 < 3
except TypeError as e:
    print("TypeError", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def total(self):
        return len(self.items) + self.count
inv = Inventory("a")
inv.items.append(3)
print(inv, Inventory("b"), inv.total())

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 5))

@dataclass
class Base:
    x: int
    y: str = "b"
@dataclass
class Derived(Base):
    z: float = 1.5
print(Derived(1), Derived(1, "q", 2.5), [f.name for f in fields(Derived)])

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=2))

@dataclass
class Nested:
    p: Point
    ps: list

C = make_dataclass("C", [("x", int), ("y", int, field(default=5))], namespace={"add": lambda self: self.x + self.y})
print(C(1), C(1).add())

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq(1))

@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))

@dataclass
class Rec:
    children: list = field(default_factory=list)
r = Rec()
r.children.append(r)
print(r)

@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 1
s = Slotted(2)
print(s, Slotted.__slots__)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)

@dataclass
class Defaults:
    a: int = field(default=1, metadata={"unit": "m"})
print(fields(Defaults)[0].metadata["unit"], Defaults.a, repr(fields(Defaults)[0])[:40])
print(type(MISSING).__name__)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError", e)
