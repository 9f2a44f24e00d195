# functools.update_wrapper, wraps, total_ordering, cmp_to_key, cached_property.
import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key, cached_property

print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kw):
        """wrapper doc"""
        return fn(*args, **kw) * 2
    return wrapper

@deco
def add(a: int, b: int = 1) -> int:
    """Adds."""
    return a + b
add.extra = 'x'
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__.__name__, sorted(add.__dict__))
print(add.__wrapped__.__dict__)

def plain():
    pass
plain.tag = 1
def other():
    "other doc"
w = update_wrapper(other, plain)
print(w is other, other.__name__, other.__doc__, other.__dict__['tag'], other.__wrapped__ is plain)
print(sorted(other.__dict__))

# assigned/updated subsets; a missing attribute is skipped.
class Callable:
    def __call__(self):
        return 1
c = Callable()
def target():
    "target doc"
update_wrapper(c, target, assigned=('__doc__', '__missing__'), updated=())
print(c.__doc__, c.__wrapped__ is target)
try:
    update_wrapper(target, c, updated=('__nodict__',))
except AttributeError as e:
    print(type(e).__name__, e)

# update_wrapper on a partial (it has a __dict__)
p = functools.partial(add, 5)
update_wrapper(p, add)
print(p.__name__, p.__wrapped__ is add, p())

# Nested decorators keep the innermost __wrapped__ chain.
@deco
@deco
def one():
    return 1
print(one(), one.__wrapped__.__wrapped__.__name__, one.__name__)

# total_ordering from each root
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), b > a)
print(V.__gt__.__name__, V.__le__.__name__, V.__ge__.__name__, V.__gt__.__doc__)
try:
    a > 5
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __ge__(self, o):
        return self.v >= o.v
print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2), G.__lt__.__doc__)

@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __le__(self, o):
        return self.v <= o.v
print(Both(1) < Both(2), Both(1) >= Both(2), Both.__lt__.__doc__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# cmp_to_key
def rev(x, y):
    return (y > x) - (y < x)
print(sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y))))
print(min([5, 2, 8], key=cmp_to_key(rev)), max([5, 2, 8], key=cmp_to_key(rev)))
K = cmp_to_key(rev)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 != k2, k1 <= K(1), k1 >= K(1), k1.obj, K(obj=4).obj)
print(type(K).__name__, type(k1) is type(K))
for bad in [lambda: k1 < 5, lambda: hash(k1), lambda: K(), lambda: K(1, 2), lambda: cmp_to_key()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
def bad_cmp(x, y):
    raise KeyError('cmp')
try:
    sorted([1, 2], key=cmp_to_key(bad_cmp))
except KeyError as e:
    print(type(e).__name__, e)

# cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        "The total."
        self.computed += 1
        return self.n * 10
d = Data(4)
print(d.total, d.total, d.computed, d.__dict__)
del d.total
print(d.total, d.computed)
d.total = 99
print(d.total, d.computed)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)

cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
