# Scoping: closures, nonlocal, global, class scopes, default-argument capture, decorators with state.

counter_total = 0


def make_counter(start=0, step=1):
    count = start

    def inc(n=1):
        nonlocal count
        global counter_total
        count += step * n
        counter_total += 1
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old

    inc.reset = reset
    return inc


a = make_counter()
b = make_counter(100, -5)
print(a(), a(), a(10), b(), b(3), a.reset(), a(), counter_total)

fns_late = [lambda: i for i in range(4)]
fns_bound = [lambda i=i: i * i for i in range(4)]
print([f() for f in fns_late], [f() for f in fns_bound])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()


print(outer())


class Config:
    defaults = {"debug": False, "level": 1}
    names = [k.upper() for k in defaults]
    level_plus = [v + 1 for v in defaults.values() if isinstance(v, int)]
    doubled = {k: k * 2 for k in ("level",)} if True else None

    def __init__(self, **kw):
        self.values = {**self.defaults, **kw}

    def __getattr__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f"no config key {name!r}") from None


cfg = Config(level=5, color="red")
print(Config.names, Config.level_plus, Config.doubled, cfg.level, cfg.color, cfg.debug)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(cfg, "nope", "fallback"), hasattr(cfg, "color"), hasattr(cfg, "x"))


def memo_calls(fn):
    calls = []

    def wrapper(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


def tag(name):
    def deco(fn):
        def wrapped(*a, **k):
            return f"<{name}>{fn(*a, **k)}</{name}>"
        return wrapped
    return deco


@tag("b")
@tag("i")
@memo_calls
def greet(who, punct="!"):
    return f"hello {who}{punct}"


print(greet("world"), greet("you", punct="?"))


def accumulator():
    total = 0
    items = []

    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total

    def stats():
        return {"total": total, "n": len(items), "mean": total / len(items) if items else None}
    return add, stats


add, stats = accumulator()
for v in (3, 4, 5.5):
    add(v)
print(stats())

x = "global x"


def shadow():
    x = "local x"
    def g():
        return x
    return g(), globals()["x"]


print(shadow(), x)


def unbound():
    try:
        print(y)
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return y


print(unbound())
gen_closures = []
for i in range(3):
    def make(i):
        return lambda x: x + i
    gen_closures.append(make(i))
print([f(10) for f in gen_closures])
squares = {n: (lambda n=n: n * n) for n in range(3)}
print({k: f() for k, f in squares.items()})
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, a=4))
compose = lambda *fs: (lambda x: __import__("math").floor(x) if not fs else fs[0](compose(*fs[1:])(x)))
print(compose(str, abs, lambda v: v - 10)(3.7))
nums = [5, 3, 8]
total = 0
def add_all():
    global total
    for n in nums:
        total += n
add_all()
print(total, [n for n in nums if (m := n % 4) and m > 0], m)


def broken():
    z += 1
    return z


broken()
