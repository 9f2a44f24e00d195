# match: mapping patterns: keys, **rest, extra keys allowed, dict subclasses, .get lookup,
# duplicate keys.


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods}:
            return f"key {k} mods {sorted(mods.items())}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "untyped mapping"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": (1, 2), "extra": True},
    {"type": "click", "pos": [3, 4]},
    {"type": "click", "pos": "xy"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 3},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(e, "->", handle(e))

# **rest gets a new dict without the matched keys, in insertion order.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print("a", a, "c", c, "rest", rest, rest is d)
print("original untouched", d)

match {}:
    case {**rest}:
        print("empty rest", rest)

match {1: "one", 2.5: "x", None: "n", b"t": "t"}:
    case {1: one, None: n, b"t": t}:
        print("non-str keys", one, n, t)

# Keys can be dotted names.
class K:
    NAME = "name"
    AGE = "age"


match {"name": "Ann", "age": 30}:
    case {K.NAME: name, K.AGE: age}:
        print(name, age)

# Values inside can be any pattern.
match {"items": [1, 2, 3], "meta": {"ok": True}}:
    case {"items": [first, *_], "meta": {"ok": True as ok}}:
        print("nested", first, ok)


# Dict subclasses: matching uses .get(key, default), not __getitem__ or __missing__.
class Missing(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


match Missing(a=1):
    case {"b": b}:
        print("no", b)
    case {"a": a}:
        print("Missing subclass a =", a)


class Logged(dict):
    def get(self, key, default=None):
        print("  get", key, "default is a sentinel:", default is not None)
        return super().get(key, default)


match Logged(x=1, y=2):
    case {"x": 1, "y": y}:
        print("Logged y =", y)
match Logged(x=1):
    case {"x": 1, "z": z}:
        print("no")
    case _:
        print("Logged without z")


class Redirect(dict):
    def get(self, key, default=None):
        return "always"


match Redirect():
    case {"anything": v}:
        print("no: the length check comes first")
    case _:
        print("empty Redirect does not match a one-key pattern")
match Redirect(a=1):
    case {"whatever": v}:
        print("Redirect get ->", v)

# Not mappings.
for s in [[("a", 1)], "a", 1, {"a"}, (("a", 1),)]:
    match s:
        case {"a": _}:
            print("mapping?", s)
        case {}:
            print("mapping?", s)
        case _:
            print("not a mapping:", s)

# Two value patterns equal at run time: ValueError.
class Twins:
    A = "k"
    B = "k"


try:
    match {"k": 1, "j": 2}:
        case {Twins.A: 1, Twins.B: 1}:
            print("no")
except ValueError as e:
    print(type(e).__name__, e)

# An unhashable key from a value pattern.
class Bad:
    KEY = [1]


try:
    match {"k": 1}:
        case {Bad.KEY: 1}:
            print("no")
except TypeError as e:
    print(type(e).__name__, e)

# A get that raises propagates.
class Raising(dict):
    def get(self, key, default=None):
        raise KeyError("boom")


try:
    match Raising(a=1):
        case {"a": 1}:
            print("no")
except KeyError as e:
    print(type(e).__name__, e)

# Or-patterns of mappings binding the same names.
for m in [{"x": 1}, {"y": 2}, {"z": 3}]:
    match m:
        case {"x": v} | {"y": v}:
            print("x or y", v)
        case _:
            print("neither", m)
