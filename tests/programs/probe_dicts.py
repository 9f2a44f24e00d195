# dict features
d = {"a": 1, "b": 2}
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("z"), d)
print(d.pop("z"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e, repr(e))
print(d.popitem(), d)
d["d"] = 4
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d = dict(a=1, b=2, c=3)
k, v, it = d.keys(), d.values(), d.items()
d["e"] = 5
print(list(k), list(v), list(it), len(k))
print(sorted(k & {"a", "c", "x"}), sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "y"}))
print(sorted(it & {("a", 1), ("b", 9)}), ("a", 1) in it, ("a", 2) in it, "a" in k, 5 in v)
print(k == {"a", "b", "c", "e"}, k.isdisjoint({"q"}), k <= {"a", "b", "c", "e", "f"})
sq = {x: x * x for x in range(6) if x % 2 == 0}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
d2 = {}
d2.update({"x": 1}, y=2)
d2.update([("z", 3), ("x", 10)])
d2.update(w=0)
print(d2)
m = {"a": 1, "b": 2} | {"b": 20, "c": 30}
print(m)
m |= {"d": 4}
m |= [("e", 5)]
print(m)
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict([(1, 2), (3, 4)]), dict(zip("xy", [7, 8])), dict({"a": 1}, b=2))
print(d.get("a"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" not in d)
od = {}
for w in "the quick the lazy the dog quick".split():
    od[w] = od.get(w, 0) + 1
print(od, list(od), max(od, key=od.get))
del od["the"]
od["the"] = 0
print(list(od.items()))
print({1: "a", 1.0: "b", True: "c"})
print({(1, 2): "t", None: "n", 2.5: "f"})
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
dd = {"a": 1}
print(dd == {"a": 1}, dd == {"a": 1.0}, dd != {"a": 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
cp = dd.copy()
cp["b"] = 2
print(dd, cp, len(cp), bool({}), bool(cp))
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({"x": 1}.items())))
class Missing(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return -1
mm = Missing()
print(mm["abc"], mm["abc"], mm, mm.get("qq"), "qq" in mm)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
it = iter({"a": 1, "b": 2})
print(next(it), next(it))
try:
    for key in d:
        d["new" + key] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d.items()))
print(repr({}), repr({"k": "v", "n": None, "q": "it's"}), str({1: [1, 2]}))
counts = {}
for ch in "mississippi":
    counts.setdefault(ch, []).append(ch)
print({k: "".join(v) for k, v in counts.items()})
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
e = {}
e[1] = e
print(e)
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(**kw):
    return kw
print(f(**{"x": 1}, y=2), dict(**{"a": 1}))
