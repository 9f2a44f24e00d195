# copy/deepcopy of functools objects: partial through __reduce__/__setstate__ (with its
# errors), lru_cache wrappers are their own copies, KeyWrapper objects cannot be copied;
# partial objects in reference cycles are collected.
import copy, functools
def f(*a, **k): return a, k
p = functools.partial(f, [1], k=[2])
c = copy.copy(p)
print(c(), c.args is p.args, c.keywords is p.keywords, c.func is f, type(c).__name__)
d = copy.deepcopy(p)
print(d(), d.args is p.args, d.args[0] is p.args[0], d.keywords is p.keywords)
p.x = [5]
e = copy.deepcopy(p)
print(e.x, e.x is p.x, e.__dict__)
print(p.__reduce__()[0] is functools.partial, p.__reduce__()[1][0] is f, len(p.__reduce__()[2]))
for st in [5, (f,), (5, (), None, None), (f, [], None, None), (f, (), 5, None)]:
    try: p.__setstate__(st)
    except TypeError as ex: print(type(ex).__name__, ex)
p.__setstate__((f, (1,), None, None))
print(p(), p.keywords, p.__dict__)
for o in [functools.cmp_to_key(f), functools.cmp_to_key(f)(1)]:
    try: copy.copy(o)
    except TypeError as ex: print(type(ex).__name__, ex)
    try: copy.deepcopy(o)
    except TypeError as ex: print(type(ex).__name__, ex)
w = functools.lru_cache(f)
print(copy.copy(w) is w, copy.deepcopy(w) is w)
print(copy.copy(object()) is not None)
import gc
class Holder:
    def __del__(self):
        print('holder freed')
h = Holder()
h.p = functools.partial(f, h)
h.p.me = h.p
w2 = functools.lru_cache(maxsize=4)(f)
w2.me = w2
w2(w2)
del h, w2
gc.collect()
print('collected')
