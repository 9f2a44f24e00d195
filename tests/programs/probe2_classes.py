class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class ReadOnly:
    def __get__(self, obj, objtype=None): return "ro:" + (objtype.__name__ if objtype else "?")
class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    tag = ReadOnly()
    species = "human"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self): return f"Person({self.name!r}, {self.age!r})"
    def __eq__(self, other): return isinstance(other, Person) and (self.name, self.age) == (other.name, other.age)

p = Person("Ann", 30)
print(p, Person._fields, Person.name.__class__.__name__, p.tag, Person.tag)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(vars(p) == {"_name": "Ann", "_age": 30}, sorted(vars(p)))
p.tag = "mine"
print(p.tag, p.species, Person.species)
p.species = "cyborg"
print(p.species, Person.species)
del p.species
print(p.species)
print(p == Person("Ann", 30), p != Person("Ann", 31), Person.__hash__)
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

lz = Lazy()
print(lz.real, lz.x_hello, getattr(lz, "missing", "dflt"), hasattr(lz, "nope"), hasattr(lz, "x_"))
class Validated:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private {name!r}")
        if isinstance(value, int) and value < 0:
            raise ValueError(f"{name} negative: {value}")
        super().__setattr__(name, value)

v = Validated()
v.count = 3
for nm, val in (("count", -1), ("_secret", 1), ("label", "ok")):
    try:
        setattr(v, nm, val)
        print("set", nm, getattr(v, nm))
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
class Temp:
    def __init__(self):
        self._c = 0.0
        self.log = []
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.log.append(("set", v))
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        self.log.append(("del",))
        self._c = None
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius, t.log)
for op in (lambda: hash(p), lambda: {p}, lambda: lz.other, lambda: setattr(t, "fahrenheit", 3), lambda: delattr(t, "fahrenheit")):
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
class Csv(Plugin, key="csv"): pass
class Json(Plugin): pass
class PrettyJson(Json, key="pjson"): pass

print(sorted(Plugin.registry), PrettyJson.key, Json.key, Plugin.registry["csv"].__name__, [c.__name__ for c in PrettyJson.__mro__])
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
