# dict basics, insertion order, access, KeyError
d = {'b': 2, 'a': 1}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['a'], list(d))
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('b', 99))
print('a' in d, 'z' in d, 'z' not in d, 1 in {1: 'x'}, 1.0 in {1: 'x'}, True in {1: 'x'})
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
try:
    {1: 2}[3]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 'x')]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d['nope']
except KeyError as e:
    print(type(e).__name__, e)
del d['b']
print(d)
d['b'] = 20
print(d)
print(d.setdefault('a', 0), d.setdefault('new', []), d)
d['new'].append(1)
print(d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', range(2))))
print({1: 'int', 1.0: 'float', True: 'bool'})
print({'x': 1} == {'x': 1}, {'x': 1, 'y': 2} == {'y': 2, 'x': 1}, {'x': 1} != {'x': 2}, {} == {})
print(repr({}), repr({'a': [1, {'b': None}]}), str({1: 'one'}), {(1, 2): 'tuplekey', None: 0, 3.5: 'f'})
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} < {}
except TypeError as e:
    print(type(e).__name__, e)
