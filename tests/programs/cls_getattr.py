# __getattr__, __setattr__, __delattr__, __getattribute__, getattr/setattr/delattr
class Dyn:
    known = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name!r} here")
d = Dyn()
print(d.real, d.known, d.x_foo, getattr(d, "x_bar"))
print(getattr(d, "missing", "default"), hasattr(d, "missing"), hasattr(d, "x_ok"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 5
r.b = "s"
setattr(r, "c", 1)
del r.a
delattr(r, "c")
print(r.log, r.b, hasattr(r, "a"), vars(r))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def method(self):
        return "method still works"
e = Everything()
e.normal = 1
print(e.secret, e.normal, e.method())
class Dotted:
    pass
obj = Dotted()
for i in range(3):
    setattr(obj, f"attr{i}", i * i)
print([getattr(obj, f"attr{i}") for i in range(3)], sorted(vars(obj)))
try:
    getattr(obj, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(obj, 5)
except TypeError as e:
    print("TypeError:", e)
class Fallback:
    def __getattr__(self, name):
        return lambda *a: f"{name}{a}"
print(Fallback().anything(1, 2), Fallback().x())
print(getattr(5, "real"), getattr("s", "upper")())
