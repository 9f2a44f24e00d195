# update, copy, fromkeys, views, merge operators
d = {'a': 1, 'b': 2}
d.update({'c': 3, 'a': 100})
print(d)
d.update([('d', 4)], e=5)
print(d)
d.update(f=6)
print(d)
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], c is d, c == d)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), 'x'))
shared = dict.fromkeys(['p', 'q'], [])
shared['p'].append(1)
print(shared)
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
print(len(k), 'a' in k, 100 in v, ('a', 100) in it, ('a', 1) in it)
d['g'] = 7
print(list(k), list(v), list(it))
print(k & {'a', 'zz'} == {'a'}, sorted(k - {'a', 'b'}), sorted(k | {'x'}))
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'x': 1}
m |= {'y': 2, 'x': 0}
print(m)
m |= [('z', 9)]
print(m)
try:
    {'a': 1} | [('b', 2)]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({'a': 1, 'b': 2, 'c': 3})), list(reversed({'a': 1}.items())))
print(sum({1: 'a', 2: 'b'}), max({'x': 1, 'y': 0}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
for key, val in {'one': 1, 'two': 2}.items():
    print(key, val)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
