from collections import OrderedDict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict(a=1, b=2, c=3)
print(od, OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), isinstance(od, dict))
od.move_to_end('a')
print(od)
od.move_to_end('c', last=False)
print(od, list(od), list(reversed(od)), list(od.keys()), list(od.values()), list(od.items()))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od)
t(lambda: od.move_to_end('zz'))
t(lambda: OrderedDict().popitem())
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == OrderedDict(o1))
o1['c'] = 3
o1['a'] = 10
print(o1, o1.pop('b'), o1.pop('zz', 'dflt'), o1.setdefault('d', 4), o1)
t(lambda: o1.pop('zz'))
print(o1.copy(), type(o1.copy()).__name__, OrderedDict.fromkeys('abc', 0))
print(o1 | {'e': 5}, {'e': 5} | o1, type(o1 | {}).__name__)
o1 |= {'f': 6}
print(o1)
o1.update([('g', 7)], h=8)
print(o1, len(o1))
del o1['a']
print(o1, 'a' in o1)
rec = OrderedDict()
rec['self'] = rec
print(rec)


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)


cache = LRU(3)
for k in 'abcadeafb':
    if cache.get(k) is None:
        cache.put(k, k.upper())
print(cache, list(cache))
t(lambda: hash(OrderedDict()))
print(OrderedDict.__name__, OrderedDict, type(OrderedDict()).__name__)
t(lambda: OrderedDict() < OrderedDict())
