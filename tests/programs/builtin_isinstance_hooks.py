# isinstance/issubclass with objects (not classes) whose type defines the check hooks, and
# the lazy evaluation of tuples.
class Checker:
    def __instancecheck__(self, obj):
        print("instancecheck", obj)
        return obj == 3
    def __subclasscheck__(self, cls):
        print("subclasscheck", cls.__name__)
        return cls is bool
c = Checker()
print(isinstance(3, c), isinstance(4, c), issubclass(bool, c), issubclass(int, c))
print(isinstance(3, (int, c)), isinstance("x", (int, (str, c))))
print(isinstance(1, (int, 5)))
for bad in [lambda: isinstance(1, 5), lambda: isinstance(1, (str, 5)), lambda: issubclass(3, int),
            lambda: issubclass(int, 4), lambda: isinstance(1, list[int])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Base:
    pass
def make_base(name):
    return Base
make_base.__mro_entries__ = lambda bases: (Base,)
class D(make_base):
    pass
print(D.__mro__)
