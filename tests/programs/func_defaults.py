# Default argument values: evaluation time, mutable defaults, __defaults__
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, 20, 30), f(1, c=30), f(a=1), f(c=0, b=0, a=0))
print(f.__defaults__)
counter = 10
def g(x=counter):
    return x
counter = 20
print(g(), g(5))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
def make():
    print("default evaluated")
    return 7
def h(v=make()):
    return v
print("defined h")
print(h(), h(), h(1))
def kwd(*, flag=False, level=0):
    return flag, level
print(kwd(), kwd(level=3), kwd.__kwdefaults__)
def all_default(a=1, b=[1], c={"k": 1}, d=(1,)):
    return a, b, c, d
print(all_default())
f.__defaults__ = (100, 200)
print(f(0))
def using_prev(a, b=None):
    return a if b is None else b
print(using_prev(1), using_prev(1, 2))
