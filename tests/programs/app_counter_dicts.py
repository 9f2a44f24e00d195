# Dict and list subclasses: a Counter, a defaultdict, an ordered multimap, and a typed list.

class Counter(dict):
    def __init__(self, iterable=(), **kw):
        super().__init__()
        self.update(iterable, **kw)

    def __missing__(self, key):
        return 0

    def update(self, iterable=(), **kw):
        if isinstance(iterable, dict):
            for k, v in iterable.items():
                self[k] += v
        else:
            for x in iterable:
                self[x] += 1
        for k, v in kw.items():
            self[k] += v

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def total(self):
        return sum(self.values())

    def __add__(self, other):
        out = Counter()
        for k in list(self) + [k for k in other if k not in self]:
            v = self[k] + other[k]
            if v > 0:
                out[k] = v
        return out

    def __sub__(self, other):
        out = Counter()
        for k in self:
            v = self[k] - other[k]
            if v > 0:
                out[k] = v
        return out

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({%s})" % ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())


class DefaultDict(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v

    def __repr__(self):
        return f"DefaultDict({self.factory.__name__}, {dict.__repr__(self)})"


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(self._check(x) for x in items)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}: {x!r}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def __setitem__(self, i, x):
        if isinstance(i, slice):
            x = [self._check(v) for v in x]
        else:
            x = self._check(x)
        super().__setitem__(i, x)

    def __add__(self, other):
        return TypedList(self.kind, list(self) + list(other))


c = Counter("mississippi")
print(c, c["s"], c["z"], "z" in c, len(c))
c.update("ssp", extra=3)
print(c.most_common(3), c.total())
d = Counter(a=3, b=1) + Counter({"a": 1, "c": 5})
print(d, Counter(a=3, b=1) - Counter(a=5, b=0), Counter())
print(sorted(c), sorted(c.items()), isinstance(c, dict), type(c).__mro__[1].__name__)
print(c.get("zz"), c.get("zz", -1), c.pop("extra"), c.setdefault("q", 9), dict(c))

dd = DefaultDict(list)
for word in "the quick brown fox jumps over the lazy dog then the end".split():
    dd[word[0]].append(word)
print(dd)
print(sorted(dd.keys()), dd["t"], len(dd["x"]), "x" in dd, dd.get("y"))
nested = DefaultDict(lambda: DefaultDict(int))
for a, b in [("x", "y"), ("x", "z"), ("y", "z"), ("x", "y")]:
    nested[a][b] += 1
print({k: dict(v) for k, v in nested.items()})
counts = DefaultDict(int, {"pre": 1})
counts["pre"] += 1
counts["new"] += 5
print(counts, counts.copy(), type(counts.copy()).__name__)

tl = TypedList(int, [3, 1, 2])
tl.append(10)
tl[0] = 30
tl[1:3] = [7, 8, 9]
tl.sort()
print(tl, len(tl), tl[-1], tl[::2], type(tl[1:]).__name__, type(tl + [1]).__name__, sum(tl))
for bad in (lambda: tl.append("x"), lambda: tl.__setitem__(0, 1.5), lambda: TypedList(str, ["a", 2]),
            lambda: tl.__setitem__(slice(0, 1), [None])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
tl.extend([100, 200])
print(tl, tl.index(100), tl.count(8), 8 in tl, tl == [7, 8, 9, 10, 30, 100, 200])
m = {}
for k, v in [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]:
    m.setdefault(k, []).append(v)
print(m, list(m), {k: sum(v) for k, v in m.items()}, dict.fromkeys("abc", 0))
merged = {"x": 1, "y": 2} | {"y": 20, "z": 30}
merged |= {"w": 0}
print(merged, {**merged, "x": -1}, dict(sorted(merged.items(), key=lambda kv: kv[1])))
inv = {v: k for k, v in merged.items()}
print(inv, max(inv), min(merged, key=merged.get), list(reversed(merged)), merged.popitem(), merged)
del merged["x"]
print(merged, len(merged), merged.keys() & {"y", "q"}, merged.items() - {("y", 20)})
print(c["nope"], dd["brand new"], Counter("abc") == {"a": 1, "b": 1, "c": 1})
x = DefaultDict(None)
x["boom"]
