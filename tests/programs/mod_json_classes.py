import json
import io

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(Enc().encode({"z": 1 + 2j}))
print(json.dumps([3j, {"k": 1j}], cls=Enc))
print(json.dumps({"b": 2j, "a": 1}, cls=Enc, indent=2, sort_keys=True))
try:
    Enc().encode(object())
except TypeError as e:
    print("TypeError", e)

e = json.JSONEncoder(indent=2, sort_keys=True, separators=(",", ": "))
print(e.encode({"b": [1, 2], "a": None}))
print(e.item_separator, e.key_separator, e.indent)
print(repr(json.JSONEncoder().item_separator), repr(json.JSONEncoder(indent=1).item_separator))
print(json.JSONEncoder(default=lambda o: "D").encode([object()]))
print(json.JSONEncoder(ensure_ascii=False).encode("é"))

d = json.JSONDecoder()
print(d.decode('{"a": [1, 2]}'))
print(d.raw_decode('[1, 2] trailing'))
print(d.raw_decode('xx"s"yy', 2))
try:
    d.decode('[1] x')
except json.JSONDecodeError as err:
    print(err.msg, err.pos)
try:
    d.raw_decode(' [1]')
except json.JSONDecodeError as err:
    print(err.msg, err.pos)

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(json.JSONDecoder(parse_int=str).decode('[1, 2]'))

# dump / load with files
buf = io.StringIO()
json.dump({"x": [1, 2, {"y": "z"}]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
print(json.load(io.StringIO('[1.5, "two"]'), parse_float=str))
import os
path = "mod_json_classes.tmp.json"
with open(path, "w") as f:
    json.dump({"k": "v", "n": [None, True]}, f, sort_keys=True)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f))
os.remove(path)
print(os.path.exists(path))

# nesting too deep for the recursion limit
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads('{"a":' * 5000 + "1" + "}" * 5000)
except RecursionError as e:
    print("RecursionError", e)
deep = []
x = deep
for i in range(5000):
    x.append([])
    x = x[0]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
print(json.loads("[" * 50 + "]" * 50))
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.JSONDecoder.__module__)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__qualname__)
