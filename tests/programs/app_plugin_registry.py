# Plugin framework: metaclass registry, abstract methods by hand, type() creation, descriptors, protocols.

class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        abstract = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for base in bases:
            for k in getattr(base, "__abstract__", ()):
                if k not in ns:
                    abstract.add(k)
        cls.__abstract__ = frozenset(abstract)
        if not abstract and bases:
            key = kw.get("key", name.lower())
            mcls.registry[key] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstract__:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(sorted(cls.__abstract__))}")
        return super().__call__(*args, **kwargs)

    def __repr__(cls):
        return f"<plugin {cls.__name__}>"


def abstract(fn):
    fn.__isabstract__ = True
    return fn


class Plugin(metaclass=PluginMeta):
    priority = 0

    @abstract
    def run(self, data):
        raise NotImplementedError

    @abstract
    def describe(self):
        ...

    def __repr__(self):
        return f"{type(self).__name__}(priority={self.priority})"


class Upper(Plugin):
    priority = 5

    def run(self, data):
        return data.upper()

    def describe(self):
        return "uppercase everything"


class Reverse(Plugin, key="rev"):
    def run(self, data):
        return data[::-1]

    def describe(self):
        return "reverse text"


class HalfDone(Plugin):
    def run(self, data):
        return data


class Repeat(Upper):
    priority = 1

    def __init__(self, times=2):
        self.times = times

    def run(self, data):
        return " ".join([super().run(data)] * self.times)


def make_plugin(name, fn, priority=0):
    return PluginMeta(name, (Plugin,), {"run": lambda self, d: fn(d), "describe": lambda self: f"dynamic {name}",
                                         "priority": priority})


Strip = make_plugin("Strip", str.strip, 9)
Count = make_plugin("Count", lambda s: f"{s} ({len(s)})", -1)
print(sorted(PluginMeta.registry.items()))
print(type(Upper).__name__, isinstance(Upper, PluginMeta), Upper, Plugin.__abstract__ == {"run", "describe"})
print(sorted(HalfDone.__abstract__), Repeat.__abstract__, Repeat.__mro__[1:3])
for cls in (Plugin, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
pipeline = sorted((cls() for cls in PluginMeta.registry.values()), key=lambda p: -p.priority)
print(pipeline)
text = "   hello plugins   "
for p in pipeline:
    text = p.run(text)
    print(f"{type(p).__name__:>8}: {text!r:40} # {p.describe()}")


class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        delattr(obj, self.private)


class Settings:
    host = Typed(str, "localhost")
    port = Typed(int, 80)

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    @property
    def url(self):
        return f"http://{self.host}:{self.port}/"

    @url.setter
    def url(self, value):
        rest = value.split("//", 1)[1].rstrip("/")
        host, _, port = rest.partition(":")
        self.host, self.port = host, int(port or 80)

    @url.deleter
    def url(self):
        del self.host
        del self.port


s = Settings(port=8080)
print(s.url, vars(s))
s.url = "http://example.org:9000/"
print(s.url, s.host, s.port, sorted(vars(s)))
del s.url
print(s.url, vars(s))
try:
    s.port = "80"
except TypeError as e:
    print("TypeError:", e)


class Deck:
    def __init__(self):
        self.cards = [r + s for s in "SHDC" for r in "A23456789TJQK"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        return self.cards[i]


d = Deck()
print(len(d), d[0], d[-1], d[10:13], "QH" in d, "ZZ" in d, list(reversed(d))[:3], bool(Deck()))
print([c for c in d if c.startswith("A")], sorted(d, key=lambda c: "23456789TJQKA".index(c[0]))[-4:])
it = iter(d)
print(next(it), next(it), type(it).__name__)
calls = iter([3, 2, 1, 0, 5].pop, 0)
print(list(calls))
Point = type("Point", (), {"__init__": lambda self, x, y: setattr(self, "xy", (x, y)), "__repr__": lambda self: f"P{self.xy}"})
print(Point(1, 2), Point.__name__, type(Point).__name__)
HalfDone()
