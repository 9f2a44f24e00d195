# pprint: pprint/pformat/pp/saferepr over nested builtins, collections' classes, dataclasses,
# namespaces and bytes, with width, indent, depth, compact, sort_dicts and underscore_numbers,
# and recursive structures.
import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, namedtuple
from dataclasses import dataclass, field
data = {"name": "pyjit", "tags": ["jit", "interpreter", "rust"] * 3, "nested": {"a": list(range(30)), "b": (1, 2, {"c": {3, 4, 5}})}, "text": "lorem ipsum dolor sit amet " * 6}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2, depth=2, compact=True)
pprint.pprint(data, sort_dicts=False, width=60)
print(pprint.pformat(list(range(50)), width=30, compact=True))
print(pprint.saferepr({"x": [1, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
l = [1, 2]; l.append(l)
print(pprint.pformat(l).replace(str(id(l)), "ID"), pprint.isrecursive(l), pprint.isreadable(l))
pprint.pprint(OrderedDict((i, str(i) * i) for i in range(8)))
pprint.pprint(defaultdict(list, {i: list(range(i)) for i in range(7)}))
pprint.pprint(Counter("abracadabra" * 5))
pprint.pprint(deque(range(40), maxlen=50))
P = namedtuple("P", "x y")
pprint.pprint([P(i, str(i) * 20) for i in range(4)])
@dataclass
class D:
    a: int
    b: list = field(default_factory=list)
    c: str = "x" * 50
pprint.pprint(D(1, list(range(25))))
pprint.pprint(b"bytes " * 20)
pprint.pprint(bytearray(b"x" * 100))
pprint.pprint(frozenset(range(30)))
pprint.pprint(ChainMap({"a": 1}, {"b": list(range(30))}))
pp = pprint.PrettyPrinter(width=20, underscore_numbers=True)
pp.pprint([10**6, 12345678, 3.5])
import types
pprint.pprint(types.SimpleNamespace(a=1, b="x" * 80, c=[1] * 20))
pprint.pp({"z": 1, "a": 2})
pprint.pprint({"a": {"b": {"c": {"d": {}}}}}, depth=2)
