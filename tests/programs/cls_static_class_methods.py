# staticmethod and classmethod, alternate constructors, called on class and instance
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_valid(d):
        return d >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
    def __repr__(self):
        return f"{type(self).__name__}({self.degrees})"
class Kelvinish(Temperature):
    scale = "K-ish"
t = Temperature.from_fahrenheit(212)
print(t, Temperature.is_valid(-300), t.is_valid(20))
k = Kelvinish.from_fahrenheit(32)
print(k, type(k).__name__, Kelvinish.describe(), k.describe(), t.describe())
sm = Temperature.__dict__["is_valid"]
cm = Temperature.__dict__["describe"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5), cm.__func__(Temperature))
class Registry:
    _items = []
    @classmethod
    def register(cls, x):
        cls._items.append(x)
        return len(cls._items)
    @staticmethod
    def helper(*args):
        return sum(args)
print(Registry.register("a"), Registry().register("b"), Registry._items)
print(Registry.helper(1, 2, 3), Registry().helper())
class Counter:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.inc(), Sub.inc(), Sub.inc(), Counter.count, Sub.count)
def plain(x):
    return x * 3
class UsesPlain:
    triple = staticmethod(plain)
    name = classmethod(lambda cls: cls.__name__)
print(UsesPlain.triple(4), UsesPlain().triple(5), UsesPlain.name())
print(Temperature.from_fahrenheit.__self__ is Temperature, Temperature.from_fahrenheit.__name__)
