# Class decorators and decorators that add or wrap methods
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    fields = cls.fields
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    cls.__repr__ = __repr__
    return cls
def add_init(cls):
    def __init__(self, *args):
        for f, a in zip(cls.fields, args):
            setattr(self, f, a)
    cls.__init__ = __init__
    return cls
@register
@add_repr
@add_init
class Point:
    fields = ("x", "y")
@register
@add_repr
@add_init
class Person:
    fields = ("name", "age", "city")
print(Point(1, 2), Person("Ann", 30, "Oslo"), registry)
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        print("Config init", v)
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v, type(Config).__name__)
def log_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(name, val):
                def w(self, *a):
                    print(f"-> {cls.__name__}.{name}{a}")
                    return val(self, *a)
                return w
            setattr(cls, name, make(name, val))
    return cls
@log_methods
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
calc = Calc()
print(calc.add(2, 3), calc.neg(4))
def with_counter(cls):
    orig = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        cls.created += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@with_counter
class Thing:
    def __init__(self, n):
        self.n = n
things = [Thing(i) for i in range(4)]
print(Thing.created, things[3].n)
def method_deco(f):
    def w(self, *a):
        return f"[{f(self, *a)}]"
    return w
class Wrapped:
    @method_deco
    def hi(self, who):
        return "hi " + who
    @staticmethod
    @method_deco
    def st(x):
        return x
print(Wrapped().hi("there"), Wrapped.st("self-as-arg"))
