# closures and scoping
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
fs = []
for j in range(3):
    def g():
        return j * 10
    fs.append(g)
j = 100
print([f() for f in fs])
def defaults(a, lst=[]):
    lst.append(a)
    return lst
print(defaults(1), defaults(2), defaults(3, []), defaults(4))
x = "global"
def reader():
    return x
def shadow():
    x = "local"
    return x, reader()
print(shadow(), reader())
def writer():
    global x
    x = "rewritten"
writer()
print(x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
    return y
y = "outer y"
print(unbound())
def outer():
    a = 1
    def middle():
        b = 2
        def inner():
            nonlocal a, b
            a += 10
            b += 20
            return a, b
        r = inner()
        return r, b
    r = middle()
    return r, a
print(outer())
def adders():
    return [lambda v, n=n: v + n for n in (1, 10, 100)]
print([f(5) for f in adders()])
def compose(*fns):
    def run(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def cell_contents():
    v = 42
    def f():
        return v
    return f
cf = cell_contents()
print(cf.__closure__[0].cell_contents, cf.__code__.co_freevars, cf())
class K:
    val = 5
    doubled = [val * 2 for _ in range(1)] if False else None
    def m(self):
        return val_global
val_global = "vg"
print(K().m(), K.val, K.doubled)
def comp_scope():
    n = 3
    return [n * i for i in range(n)], {i: n for i in range(2)}
print(comp_scope())
i = "untouched"
_ = [i for i in range(3)]
print(i)
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return [add(v) for v in range(5)], total
print(gen_closure())
def lam_default():
    k = 1
    f = lambda a, b=k: a + b
    k = 50
    g = lambda a: a + k
    return f(1), g(1)
print(lam_default())
def deleter():
    z = 1
    del z
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(deleter())
def make_acc():
    items = []
    return items.append, lambda: list(items)
push, snap = make_acc()
push(1); push(2)
print(snap())
counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump(); bump()
print(counter)
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, a=4))
def kwonly(a, *, b=2, c):
    return a, b, c
print(kwonly(1, c=3), kwonly(a=0, b=1, c=2))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
