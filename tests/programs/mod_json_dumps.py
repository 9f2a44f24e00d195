import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-12), json.dumps(10**30), json.dumps(-(2**70)))
print(json.dumps(1.5), json.dumps(0.1), json.dumps(1e22), json.dumps(1e-7), json.dumps(-0.0))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(float('-inf')))
print(json.dumps("hello"), json.dumps(""), json.dumps('quote " back \\ slash /'))
print(json.dumps("tab\there\nnl\r\x00\x1f\x7f\b\f"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600", ensure_ascii=False))
print(json.dumps([1, "a", None, [2, [3, []]], {}]))
print(json.dumps((1, 2, (3,))))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"x": None}}))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({10**20: 1, float('inf'): 2}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
print(json.dumps({"é": 1}), json.dumps({"é": 1}, ensure_ascii=False))

# indentation
data = {"name": "x", "list": [1, 2, {"k": []}], "empty": {}, "nested": {"a": [True, None]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--", sort_keys=True))
print(json.dumps([1, [2, 3]], indent=4, separators=(",", " = ")))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(repr(json.dumps([], indent=2)), repr(json.dumps({}, indent=2)))

# skipkeys
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True)))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))

# default=
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot " + type(o).__name__)

print(json.dumps([Point(1, 2), {3, 1, 2}], default=enc))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=enc, indent=1))

# subclasses of builtin types
class MyDict(dict):
    pass

class MyList(list):
    pass

class MyStr(str):
    pass

print(json.dumps(MyDict(a=MyList([1, 2]), b=MyStr("s"))))

# errors
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(json.dumps, object())
err(json.dumps, {"a": {1, 2}})
err(json.dumps, b"bytes")
err(json.dumps, [Point(1, 2)], default=enc)
err(json.dumps, [1j], default=enc)
err(json.dumps, {(1, 2): 3})
err(json.dumps, {1: 2, "a": 3}, sort_keys=True)
err(json.dumps, float('nan'), allow_nan=False)
err(json.dumps, [float('inf')], allow_nan=False, indent=2)
err(json.dumps, {float('-inf'): 1}, allow_nan=False)
err(json.dumps, 1, bogus=True)
err(json.dumps)
l = [1]
l.append(l)
err(json.dumps, l)
d = {}
d["self"] = d
err(json.dumps, d)
err(json.dumps, d, indent=2)
shared = [1, 2]
print(json.dumps([shared, shared, {"x": shared}]))

def loop(o):
    return [o]

err(json.dumps, Point(1, 2), default=loop)
print(json.dumps([1, 2], check_circular=False))
