# __new__ vs __init__, singletons, __init__ returning None, object construction order
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating instance")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("__init__ runs every time")
a = Singleton()
b = Singleton()
print(a is b)
class Other:
    pass
class Weird:
    def __new__(cls, *args):
        print("Weird.__new__ returning Other")
        return Other()
    def __init__(self):
        print("never called: __new__ returned non-instance")
w = Weird()
print(type(w).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key in cls.cache:
            return cls.cache[key]
        obj = super().__new__(cls)
        obj.key = key
        cls.cache[key] = obj
        return obj
x, y, z = Cached("a"), Cached("b"), Cached("a")
print(x is z, x is y, x.key, len(Cached.cache))
class Base:
    def __init__(self):
        print("Base init")
        self.setup()
    def setup(self):
        print("Base setup")
class Derived(Base):
    def setup(self):
        print("Derived setup")
Derived()
class NoArgsObject:
    pass
try:
    NoArgsObject(1)
except TypeError as e:
    print("TypeError:", e)
o = object.__new__(NoArgsObject)
print(type(o).__name__)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
pts = [Point(i, i * i) for i in range(4)]
print([(p.x, p.y) for p in pts])
print(type(Point), type(Point()).__name__, Point.__init__.__name__)
