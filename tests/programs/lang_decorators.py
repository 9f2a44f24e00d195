# Function decorators: plain, with arguments, stacked, preserving attributes
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print("ret", f.__name__, r)
        return r
    wrapper.__name__ = "traced_" + f.__name__
    return wrapper

@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
print(add.__name__)

def repeat(n):
    print("making repeat", n)
    def deco(f):
        print("decorating", f.__name__)
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(x):
    return "hi " + x
print(hello("bob"))

order = []
def tag(name):
    def deco(f):
        order.append(name)
        def w():
            return "<" + name + ">" + f() + "</" + name + ">"
        return w
    return deco

@tag("b")
@tag("i")
def text():
    return "t"
print(text(), order)

registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def one(): return 1
@register
def two(): return 2
print(sorted(registry), registry["two"]())

def counting(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counting
def noop(): pass
for _ in range(4): noop()
print(noop.calls)
@(lambda f: f())
def computed():
    return "computed at def time"
print(computed)
decos = [trace]
@decos[0]
def mul(a, b): return a * b
mul(6, 7)
