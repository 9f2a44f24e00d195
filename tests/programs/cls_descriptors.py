# Descriptor protocol: __get__, __set__, __set_name__; data vs non-data descriptors
class Typed:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr, Holder.attr)
h.attr = "instance wins over non-data descriptor"
print(h.attr)
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        print("Data.__set__", v)
class Holder2:
    attr = Data()
h2 = Holder2()
h2.attr = 5
h2.__dict__["attr"] = "hidden"
print(h2.attr, h2.__dict__)
class Bound:
    def method(self):
        return self
b = Bound()
f = Bound.__dict__["method"]
bm = f.__get__(b, Bound)
print(bm() is b, type(bm).__name__, Bound.method is f)
class CountAccess:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n
class UseCount:
    hits = CountAccess()
u = UseCount()
print(u.hits, u.hits, UseCount.hits)
