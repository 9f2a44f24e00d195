# functools.partial and functools.reduce: argument merging, flattening, attributes, repr, errors.
import functools
from functools import partial, reduce


def f(a, b=0, *args, c=1, **kw):
    return (a, b, args, c, sorted(kw.items()))


p = partial(f, 1, c=5)
print(p(2), p(2, 3, 4), p(c=9), p(b=7, d=8))
print(p.func is f, p.args, p.keywords)
print(type(p).__name__, type(p).__module__, type(p))
q = partial(p, 10, c=6, e=1)
print(q.func is f, q.args, q.keywords, q())
r = repr(partial(f, 1, 'x', b=[2]))
print(r.startswith('functools.partial(<function f at 0x'), r[r.index('>'):])
print(repr(partial(len)))
print(partial(max, key=abs)(-5, 3))

# The keywords are merged, call keywords win; the stored dict is not changed.
g = partial(dict, a=1, b=2)
print(g(b=3, c=4), g.keywords)

# Attributes can be set (update_wrapper needs a __dict__).
p.note = 'hello'
print(p.note, p.__dict__)
del p.note
print(p.__dict__)
try:
    p.note
except AttributeError as e:
    print(type(e).__name__, e)

# partial is not a descriptor: stored on a class it does not bind.
class A:
    m = partial(f, 'cls')
print(A().m(2))

# A subclass is not flattened and shows its own name.
class MyPartial(partial):
    pass
mp = MyPartial(partial(f, 1), 2)
print(type(mp).__name__, mp.func is f, mp.args, mp())
print(repr(MyPartial(len)))

# Recursive repr
rp = partial(f)
rp2 = partial(f, [])
rp2.args[0].append(rp2)
print(repr(rp2).endswith(', [functools.partial(...)])'))

for bad in [lambda: partial(), lambda: partial(1), lambda: partial(f)(), lambda: p.func_x]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda a, b: a + b, ['only']))
print(reduce(lambda a, b: [b] + a, 'abc', []))
print(functools.reduce is reduce)
for args in [(lambda a, b: a, []), (lambda a, b: a, 5), (len,), (len, [], 1, 2)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reduce(lambda a, b: a, [1], initial=2)
except TypeError as e:
    print(type(e).__name__, e)
def boom(a, b):
    raise ValueError('boom %r %r' % (a, b))
try:
    reduce(boom, [1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)

# Flattening needs an inner partial without attributes whose class keeps partial's __call__.
inner = partial(f, 1)
print(partial(inner, 2).func is f)
inner.tag = 1
print(partial(inner, 2).func is inner)
class Calls(partial):
    def __call__(self, *a):
        return 'own'
print(partial(Calls(f, 1), 2).func is f, partial(Calls(f, 1), 2)())
