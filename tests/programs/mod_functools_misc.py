# functools odds and ends: the attribute dict of lru_cache wrappers, class docs and names,
# callability, hashing and equality of partial objects.
import functools
@functools.lru_cache
def sq(x):
    "doc"
    return x
print(sorted(sq.__dict__))
p = functools.partial(sq, 1)
print(p.__dict__, type(p).__doc__ is not None, p.__doc__ == type(p).__doc__)
print(type(sq).__name__, type(sq).__qualname__, functools._lru_cache_wrapper)
print(functools.partial.__module__, functools.partial.__qualname__, functools.reduce.__name__)
print(callable(functools.cmp_to_key(lambda a, b: 0)), callable(sq), callable(p))
import heapq
print(heapq.heappush.__name__, heapq.merge.__name__, heapq.nsmallest.__doc__[:30])
class A:
    @functools.cached_property
    def x(self):
        return 5
print(type(A.x).__name__, A().x)
try:
    functools.partial.func
except Exception as e:
    print(type(e).__name__)
print(isinstance(p, functools.partial), issubclass(functools.partial, object))
print(hash(p) == hash(p), p == p, p != functools.partial(sq, 1))
print(sq.__wrapped__.__name__, sq.__annotations__)
print(functools.partial.__doc__)
print(functools._lru_cache_wrapper.__doc__)
print(type(functools.cmp_to_key(len)).__doc__, type(functools.cmp_to_key(len)).__name__)
print(functools.__all__)
