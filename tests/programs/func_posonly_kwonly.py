# Positional-only (/) and keyword-only (*) parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=40, e=5, f=60))
print(f(1, 2, 3, 4, e=5))
def pos_only(x, /):
    return x
print(pos_only(10))
def name_clash(a, /, **kw):
    return a, kw
print(name_clash(1, a=2))
tests = [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5),
    lambda: pos_only(x=1),
    lambda: f(1, 2, 3, e=5, g=7),
    lambda: f(1, 2, 3, c=3, e=5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
def g(a, /, b=2, *args, c, **kwargs):
    return a, b, args, c, kwargs
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, d=6))
print(g.__code__.co_argcount, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount)
def kw_only_default_first(*, a=1, b):
    return a, b
print(kw_only_default_first(b=2))
