# Each builtin iterator has its own class; enumerate/zip/map/filter/reversed are classes
d = {'a': 1, 'b': 2}
its = [iter([]), iter(()), iter('abc'), iter('é'), iter(b''), iter(bytearray()), iter(range(3)),
       iter(d), iter(d.values()), iter(d.items()), iter(set()), iter(frozenset()), iter(int, 1),
       reversed([]), reversed(()), reversed('ab'), reversed(range(3)), reversed(d),
       reversed(d.values()), reversed(d.items()), enumerate([]), zip(), map(abs, []), filter(None, [])]
for it in its:
    print(type(it).__name__, type(it).__module__, iter(it) is it)
print(isinstance(zip([]), zip), isinstance(enumerate([]), enumerate), isinstance(iter([]), zip))
print(type(enumerate) is type, issubclass(zip, object), zip.__name__, repr(map))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(iter([1, 2, 3]).__length_hint__(), reversed([1, 2]).__length_hint__(), iter(range(7)).__length_hint__())
it = iter('héllo')
next(it)
print(it.__length_hint__(), list(it), ''.join(reversed('héllo')))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
r = reversed(Seq())
print(type(r).__name__, r.__length_hint__(), list(r))
class Rev:
    def __reversed__(self):
        return iter('xyz')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
for bad in [NoRev(), {1}, (x for x in [])]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    reversed(seq=[])
except TypeError as e:
    print('TypeError', e)
calls = iter([1, 2, 3])
def stop():
    return next(calls)
print(list(iter(stop, 99)))
for bad in ['enumerate([], foo=1)', 'zip([], foo=1)', 'map(abs, [], x=1)', 'filter(None, [], x=1)', 'enumerate()']:
    try:
        eval(bad, {})
    except TypeError as e:
        print('TypeError', e)
print(list(enumerate('ab', start=5)), list(enumerate(iterable='xy')))
