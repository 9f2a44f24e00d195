# A bound method's attributes that its class lacks are its function's (CPython's
# method_getattro): attributes set on the function, __wrapped__, __dict__; its own come first.
import functools


class A:
    def f(self):
        return 1

    @functools.lru_cache(maxsize=None)
    def cached(self):
        return 2


A.f.tag = "tagged"
m = A().f
print(m.tag, m.__dict__, m.__class__.__name__, m.__name__, m.__qualname__)
print(m.__func__ is A.f, m.__self__.__class__.__name__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args) * 10
    return wrapper


class B:
    @deco
    def g(self):
        return 4


b = B()
print(b.g(), b.g.__wrapped__(b), b.g.__wrapped__.__qualname__)
for name in ["xyz", "__wrapped__"]:
    try:
        print(getattr(m, name))
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(m, "tag"), hasattr(m, "nothing"), getattr(m, "nothing", "default"))
