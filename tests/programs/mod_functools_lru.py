# functools.lru_cache and cache: hits/misses, LRU eviction order, keys, typed, methods, errors.
import functools
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    sq(x)
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), type(info).__name__)
print(info == (1, 8, 3, 3), info._asdict())
sq.cache_clear()
print(sq.cache_info())
print(sq.__wrapped__(7), sq.__name__, sq.__qualname__, sq.__module__, sq.__doc__)
print(sq.cache_parameters())

# Without parentheses, and fib memoised recursively.
@lru_cache
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__doc__)
print(fib.cache_parameters())

@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30), fact.cache_info())
print(fact(10), fact.cache_info())

@lru_cache(maxsize=None)
def unbounded(*args, **kw):
    calls.append((args, sorted(kw.items())))
    return len(calls)

calls.clear()
print(unbounded(1), unbounded(1), unbounded(1.0), unbounded(True), unbounded(a=1, b=2), unbounded(b=2, a=1), unbounded(a=1, b=2))
print(unbounded((1, 2)), unbounded((1, 2)), unbounded(1, 2))
print(unbounded.cache_info())

@lru_cache(typed=True)
def typed(x, y=0):
    calls.append(('typed', x, y))
    return repr(x)
calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), typed(1, y=2), typed(1, y=2.0), typed(1, y=2))
print(typed.cache_info(), len(calls))

@lru_cache(maxsize=0)
def nocache(x):
    return x + 1
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x
print(negative(1), negative(1), negative.cache_info())

# Methods: the wrapper binds to the instance.
class Point:
    def __init__(self, x):
        self.x = x
    @lru_cache(maxsize=16)
    def dist(self, k):
        calls.append(('dist', self.x, k))
        return self.x * k
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
calls.clear()
a, b = Point(2), Point(2)
print(a.dist(3), b.dist(3), a.dist(4), Point.dist(a, 3), len(calls))
print(Point.dist.cache_info())
print(Point.__dict__['dist'] is Point.dist)

# An exception is not cached.
@lru_cache(maxsize=2)
def fails(x):
    calls.append(('fails', x))
    raise ValueError(x)
calls.clear()
for _ in range(2):
    try:
        fails(1)
    except ValueError as e:
        print(type(e).__name__, e)
print(fails.cache_info(), len(calls))

# Unhashable arguments.
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)

# Eviction order is least recently used, a hit refreshes an entry.
order = []
@lru_cache(maxsize=2)
def ident(x):
    order.append(x)
    return x
for x in ['a', 'b', 'a', 'c', 'b', 'a', 'a', 'c']:
    ident(x)
print(order, ident.cache_info())

# A hash that prints: the key is hashed once per call.
class Noisy:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return self.n
    def __eq__(self, other):
        print('eq', self.n, other.n)
        return self.n == other.n
@lru_cache(maxsize=4)
def noisy(k):
    return k.n
print(noisy(Noisy(1)), noisy(Noisy(1)))
print(noisy.cache_info())

for bad in ['x', 1.5]:
    try:
        lru_cache(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    lru_cache(maxsize=3)(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    cache()
except TypeError as e:
    print(type(e).__name__, e)
print(type(sq).__name__, type(sq).__module__)
w = functools._lru_cache_wrapper(abs, 2, False, lambda *a: a)
print(w(-3), w(-3), w.cache_info())

# Eviction while recursing, at several sizes (hit/miss counts depend on the exact order).
for size in [1, 2, 3, 5]:
    @functools.lru_cache(maxsize=size)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(size, fib(18), fib.cache_info(), fib(17), fib(3), fib.cache_info())
seen = []
@functools.lru_cache(maxsize=3)
def g(*a, **k):
    seen.append((a, sorted(k.items())))
    if a and a[0] > 0:
        g(a[0] - 1, z=1)
    return len(seen)
print(g(3), g(2, z=1), g(0, z=1), g(3), g.cache_info(), len(seen))
g.cache_clear()
print(g.cache_info(), g(1, z=1), g.cache_info())
