# Misuse of the native functools classes: creating KeyWrapper objects, __new__ with other
# classes, methods and attributes applied to other objects, bad _lru_cache_wrapper arguments.
import functools
K = functools.cmp_to_key(lambda a, b: 0)
tests = [lambda: type(K)(), lambda: type(K)(1), lambda: functools.partial.__new__(int, len), lambda: functools.partial.__call__(5),
         lambda: functools._lru_cache_wrapper.__call__(5), lambda: functools._lru_cache_wrapper(len, 'x', False, tuple),
         lambda: functools._lru_cache_wrapper(len), lambda: functools.partial.__repr__(1), lambda: K.obj, lambda: K(1) < K,
         lambda: functools.partial(len).__setstate__(1, 2), lambda: functools.partial.func.__get__(5),
         lambda: repr(functools.partial.__new__(functools.partial, len))]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
