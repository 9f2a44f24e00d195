from collections import Counter


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter('abracadabra')
print(c, c['a'], c['zzz'], 'zzz' in c, len(c), isinstance(c, dict))
print(c.most_common(), c.most_common(2), c.most_common(0), sorted(c.elements()), c.total())
print(Counter(), Counter({'x': 2, 'y': -1}), Counter(a=3, b=1), Counter(['x', 'y', 'x']))
c.update('aaz')
print(c)
c.update({'b': 10})
print(c)
c.subtract('abc')
print(c)
c.subtract({'z': 5})
print(c, c.total())
c.update(q=4)
print(c['q'])
del c['q']
del c['not-there']
print('q' in c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a += b
print(a)
a -= Counter(a=10)
print(a)
a |= Counter(e=1)
print(a)
a &= Counter(b=1, e=5)
print(a)
print(Counter(a=1) == Counter(a=1), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
print(Counter('hello').copy(), type(Counter('x').copy()).__name__)
print(Counter.fromkeys if False else 'skip')
t(lambda: Counter.fromkeys('abc'))
t(lambda: Counter(1))
t(lambda: Counter('a', 'b'))
t(lambda: Counter('a') + 1)
t(lambda: Counter('a') < {'a': 1})
t(lambda: Counter({'a': 'x', 'b': 1}))
t(lambda: Counter({'a': 2.5, 'b': 1}).most_common())
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(2), list(wc), list(wc.items())[:3])
print(Counter(w[0] for w in words))


class MyC(Counter):
    pass


print(MyC('aab'), MyC('ab') + MyC('b'))
print(Counter('aab').most_common(-1), Counter('aab').most_common(10), Counter('abcabc').most_common(1))
