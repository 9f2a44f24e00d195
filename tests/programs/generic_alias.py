# Subscripted builtin classes (PEP 585) and __mro_entries__ (PEP 560).
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int], set[str])
print(list[int] | None, int | dict[str, int])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(list[int]([1, 2]), dict[str, int](a=1), list[int] == list[int], list[int] == list[str])
print(len({list[int], list[int], list[str]}))
print(hasattr(list, "__class_getitem__"), hasattr(int, "__class_getitem__"))
print(list.__class_getitem__(int), frozenset[int], enumerate[str])
print(list["X"], list[1])


def f(xs: list[int], m: dict[str, tuple[int, str]]) -> set[int]:
    return set(xs)


print(f.__annotations__)


class IntList(list[int]):
    pass


il = IntList([3, 1, 2])
il.sort()
print(il, IntList.__mro__, IntList.__orig_bases__)


class Mixin:
    def __mro_entries__(self, bases):
        return (Base,)


class Base:
    def hello(self):
        return "hello from Base"


class C(Mixin()):
    pass


print(C().hello(), C.__bases__, type(C.__orig_bases__[0]).__name__)


class Box(list):
    pass


print(Box[int])
for cls, arg in [(int, str), (str, 0), (object, int)]:
    try:
        cls[arg]
    except TypeError as e:
        print("TypeError:", e)

# Attributes come from the origin; isinstance rejects aliases.
print(list[int].__name__, list[int].append, dict[str, int].fromkeys("ab"))
try:
    list[int].nope
except AttributeError as e:
    print("AttributeError:", e)
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
