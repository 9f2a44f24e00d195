# Closures: captured variables, late binding, cells shared between closures
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def early():
    fs = []
    for i in range(3):
        def mk(j):
            return lambda: j
        fs.append(mk(i))
    return [f() for f in fs]
print(early())
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def adder(n):
    def add(m):
        return n + m
    return add
adders = [adder(k) for k in range(4)]
print([a(10) for a in adders])
print(adders[2].__closure__[0].cell_contents)
def three_levels(a):
    def two(b):
        def one(c):
            return a + b + c
        return one
    return two
print(three_levels(1)(20)(300))
def memoize(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memoize
def slow_sq(n):
    print("computing", n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5), sorted(slow_sq.cache.items()))
def rebinding():
    v = 1
    def r():
        return v
    results = [r()]
    v = 2
    results.append(r())
    return results
print(rebinding())
def closure_in_loop_with_default():
    return [(lambda x, i=i: x * i)(2) for i in range(4)]
print(closure_in_loop_with_default())
def gen_closure():
    base = 100
    def g():
        for i in range(3):
            yield base + i
    return g
print(list(gen_closure()()))
class Holder:
    def __init__(self):
        self.v = 0
def cls_closure():
    h = Holder()
    def bump():
        h.v += 1
        return h.v
    return bump
b = cls_closure()
print(b(), b(), b())
