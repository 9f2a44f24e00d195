doc = {
    "name": "root",
    "version": 3,
    "enabled": True,
    "ratio": 0.75,
    "nothing": None,
    "tags": ["alpha", "beta", "gamma"],
    "children": [
        {"name": "a", "size": 10, "meta": {"owner": "x", "perms": [4, 2, 1]}},
        {"name": "b", "size": 3, "meta": {"owner": "y", "perms": []}},
        {"name": "c", "size": 7, "meta": {}, "children": [{"name": "c1", "size": 1}]},
    ],
    "matrix": [[1, 2], [3, [4, 5]], []],
    "empty": {},
}

def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(v[k], indent + 1)}' for k in v]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(dump(x) for x in v) + "]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    return repr(v)

print(dump(doc))

def deep_copy(v):
    if isinstance(v, dict):
        return {k: deep_copy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [deep_copy(x) for x in v]
    if isinstance(v, tuple):
        return tuple(deep_copy(x) for x in v)
    return v

cp = deep_copy(doc)
print(cp == doc, cp is doc, cp["children"][0]["meta"] is doc["children"][0]["meta"])
cp["children"][0]["meta"]["perms"].append(0)
print(doc["children"][0]["meta"]["perms"], cp["children"][0]["meta"]["perms"], cp == doc)
shallow = dict(doc)
shallow["tags"].append("delta")
print(doc["tags"], shallow is doc, shallow == doc)

def walk(v, path=()):
    if isinstance(v, dict):
        for k in v:
            yield from walk(v[k], path + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from walk(x, path + (i,))
    else:
        yield path, v

leaves = list(walk(doc))
print(len(leaves))
for p, v in leaves[:12]:
    print("/".join(map(str, p)), "=", repr(v))
total = sum(v for p, v in leaves if p and p[-1] == "size")
print("total size", total, max(len(p) for p, _ in leaves))

def depth(v):
    if isinstance(v, dict):
        return 1 + max((depth(x) for x in v.values()), default=0)
    if isinstance(v, list):
        return 1 + max((depth(x) for x in v), default=0)
    return 0

print(depth(doc), depth([]), depth([[[[]]]]), depth(5))
recs = [("bob", (3, "z")), ("amy", (3, "a")), ("cat", (1, "m")), ("amy", (2, "q")), ("bob", (3, "a"))]
print(sorted(recs))
print(sorted(recs, key=lambda r: (r[1][0], r[0]), reverse=True))
print(sorted(recs, key=lambda r: r[1]))
print((1, (2, 3)) < (1, (2, 4)), (1, [2]) == (1, [2]), [1, (2, [3])] == [1, (2, [3])], (1, 2) < (1, 2, 0), () < (0,))
print({"a": [1, {"b": 2}]} == {"a": [1, {"b": 2}]}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, [{1: 2}] != [{1: 3}])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    {"k": [1]} < {"k": [2]}
except TypeError as e:
    print("TypeError:", e)
groups = {}
for name, (n, tag) in recs:
    groups.setdefault(name, []).append((n, tag))
print({k: sorted(v) for k, v in sorted(groups.items())})
inv = {}
for k, vs in groups.items():
    for n, _ in vs:
        inv.setdefault(n, set()).add(k)
print({n: sorted(s) for n, s in sorted(inv.items())})
cyc = [1, 2]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
print(cyc, d, repr([cyc, (cyc,)]))
t = ([1, 2], {"x": (3, 4)})
print(t, str(t) == repr(t), len(str(doc)))
flat = []
stack = [doc["matrix"]]
while stack:
    cur = stack.pop()
    if isinstance(cur, list):
        stack.extend(reversed(cur))
    else:
        flat.append(cur)
print(flat)
