# Keyword arguments, *args, **kwargs, unpacking at call sites
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show())
print(show(1, 2, 3))
print(show(a=1, b=2))
print(show(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3, **{"w": 4}))
def mixed(a, b, *rest, key="k", **extra):
    return a, b, rest, key, extra
print(mixed(1, 2))
print(mixed(1, 2, 3, 4, key="K", other=5))
print(mixed(*range(5)))
print(mixed(b=2, a=1, key=3, zz=9))
args = (1, 2)
kw = {"key": "from dict", "more": True}
print(mixed(*args, **kw))
def kw_order(**kw):
    return list(kw.items())
print(kw_order(z=1, a=2, m=3))
def collect(first, *others):
    return first, others, type(others).__name__
print(collect("only"), collect(1, 2, [3]))
def sum_all(*nums):
    t = 0
    for n in nums:
        t += n
    return t
print(sum_all(), sum_all(1), sum_all(*range(101)))
def pass_through(*a, **k):
    return show(*a, **k)
print(pass_through(9, q=8))
def kwargs_mutation(**kw):
    kw["added"] = 1
    return kw
d = {"orig": 0}
print(kwargs_mutation(**d), d)
print(dict(a=1, **{"b": 2}))
def star_only(*, x, y=0):
    return x + y
print(star_only(x=1), star_only(y=2, x=3))
def starstar_names(**kw):
    return sorted(kw)
print(starstar_names(**{"self": 1, "kw": 2, "if": 3}))
