from collections import defaultdict


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, isinstance(dd, dict), dd.get('zz'), 'zz' in dd, len(dd), dd.default_factory)
dd.default_factory = int
dd['c'] += 5
print(dd, dd.copy(), type(dd.copy()), dd.copy() is dd, dd.__copy__())
print(sorted(dd.keys()), list(dd.values()), list(dd.items()), dd == {'a': [1], 'b': [], 'c': 5})
print(dd.pop('b'), dd.setdefault('d', 9), dd.setdefault('d', 10), dd)
dd.update({'e': 1}, f=2)
print(dd, dict(dd), len(dd))
del dd['e']
print('e' in dd, dd.get('e', 'missing'))
print(dd.popitem(), dd)
dd.clear()
print(dd, bool(dd))
print(defaultdict(), defaultdict(None), defaultdict(int, {'x': 1}, y=2), defaultdict(int, [(1, 2)]))
print(defaultdict, defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__)
t(lambda: defaultdict(1))
t(lambda: defaultdict(None)[1])
t(lambda: defaultdict(list, {1: 2}, {3: 4}))
t(lambda: defaultdict(lambda: 7)['q'])
t(lambda: defaultdict(list).__missing__('k'))
t(lambda: defaultdict(None).__missing__('k'))
d2 = defaultdict(str)
t(lambda: d2['x'])
print(d2 | {'z': 1}, type(d2 | {'z': 1}).__name__, {'q': 1} | d2, type({'q': 1} | d2).__name__)
d2 |= {'w': 2}
print(d2)
t(lambda: d2 | 5)

counts = defaultdict(int)
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    counts[w] += 1
print(sorted(counts.items()))
groups = defaultdict(set)
for i in range(20):
    groups[i % 3].add(i)
print(dict(groups))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
nested['a']['c'] += 2
print({k: dict(v) for k, v in nested.items()})
rec = defaultdict(list)
rec['a'].append(rec)
print(rec)


class DD(defaultdict):
    def total(self):
        return sum(self.values())


x = DD(int)
x['a'] += 3
x['b'] += 4
print(x, type(x).__name__, x.total(), isinstance(x, defaultdict), isinstance(x, dict))
print(x.copy(), type(x.copy()).__name__)


class Tracked(defaultdict):
    def __init__(self):
        super().__init__(list)
        self.misses = 0

    def __missing__(self, key):
        self.misses += 1
        return super().__missing__(key)


tr = Tracked()
tr['a'].append(1)
tr['a'].append(2)
tr['b'].append(3)
print(tr, tr.misses)


class M(dict):
    def __missing__(self, k):
        return k * 2


m = M(a=1)
print(m['a'], m[4], m.get(4), 4 in m, m)


class Plain(dict):
    pass


t(lambda: Plain()['nope'])


def hot(n):
    d = defaultdict(int)
    for i in range(n):
        d[i % 17] += i
    return sum(d.values()), len(d)


for _ in range(50):
    r = hot(300)
print(r)
plain = defaultdict(list)
t(lambda: vars(plain))
t(lambda: plain.__dict__)
t(lambda: setattr(plain, 'foo', 1))
t(lambda: plain.foo)
plain.default_factory = None
t(lambda: plain['k'])
print(plain.default_factory, plain)
sub = DD(int)
sub.label = 'x'
print(sub.label, vars(sub), sub.default_factory)
