# dir() of enum classes and members lists what CPython 3.11's EnumType.__dir__ and
# Enum.__dir__ list; calling a member-less enum is a TypeError; members reduce by value.
import copy
from enum import Enum, Flag, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name.lower()

    @property
    def shade(self):
        return "dark"

    @classmethod
    def default(cls):
        return cls.RED


print(dir(Color))
print(dir(Color.RED))
Color.RED.note = "set on the member"
print(dir(Color.RED))


class Level(IntEnum):
    LOW = 1
    HIGH = 2


names = dir(Level)
print("LOW" in names, "HIGH" in names, "bit_length" in names, "__members__" in names)
member_names = dir(Level.LOW)
print("bit_length" in member_names, "name" in member_names, "_value_" in member_names)


class Perm(Flag):
    R = auto()
    W = auto()


print(dir(Perm))


class WithNew(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 10
        return obj

    A = 1


print("__new__" in dir(WithNew), WithNew.A.value)


class Empty(Enum):
    pass


class EmptyFlag(Flag):
    pass


for cls in (Empty, EmptyFlag):
    try:
        cls(1)
    except TypeError as e:
        print("TypeError:", e)

try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)

print(Color.GREEN.__reduce_ex__(4))
print(Level.HIGH.__reduce_ex__(2))
print(copy.copy(Color.GREEN) is Color.GREEN, copy.deepcopy(Level.LOW) is Level.LOW)
print(copy.deepcopy({"c": [Color.CRIMSON]}))
