# Callable objects, dispatch tables, closures, function attributes.

class Multiplier:
    def __init__(self, k):
        self.k = k
        self.uses = 0
    def __call__(self, x):
        self.uses += 1
        return x * self.k
    def __repr__(self):
        return "Multiplier(%d, uses=%d)" % (self.k, self.uses)

double = Multiplier(2)
print(double(21), list(map(double, [1, 2, 3])), double)
print(callable(double), callable(Multiplier), callable(3), callable(len))

class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values, scale=1):
        self.total += sum(values) * scale
        return self.total

acc = Accumulator()
acc(1, 2, 3)
acc(10, scale=3)
print("acc", acc.total, acc())

def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a // b

ops = {"+": add, "-": sub, "*": mul, "/": div, "%": lambda a, b: a % b}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b = stack.pop(); a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]

for e in ["3 4 + 2 *", "100 7 % 5 -", "2 3 4 * + 6 /"]:
    print(e, "=", rpn(e))

print(sorted(ops), ops["+"].__name__, ops["%"].__name__)

def partial(fn, *bound, **kwbound):
    def inner(*args, **kwargs):
        kw = dict(kwbound)
        kw.update(kwargs)
        return fn(*bound, *args, **kw)
    inner.func = fn
    inner.args = bound
    return inner

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square_of = partial(power, exp=2)
two_to = partial(power, 2)
print(square_of(9), two_to(10), two_to(100, mod=1000), two_to.args, two_to.func.__name__)

def counter_fn():
    counter_fn.calls += 1
    return counter_fn.calls
counter_fn.calls = 0
for _ in range(4):
    counter_fn()
print("calls", counter_fn.calls, sorted(counter_fn.__dict__))

def append_bad(x, lst=[]):
    lst.append(x)
    return lst

def append_good(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst

print(append_bad(1), append_bad(2), append_bad(3))
print(append_good(1), append_good(2))
print(append_bad.__defaults__, append_good.__defaults__)

def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    fixed = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in fixed]
print(make_counters())

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, Multiplier(3), abs, int)
print(repr(pipeline("-14")))

class Method:
    def __init__(self, v): self.v = v
    def get(self): return self.v
bound = Method(7).get
print(bound(), bound.__self__.v, bound.__func__.__name__, Method.get(Method(8)))
print(sorted(map(len, ["aaa", "b", "cc"])), max(["x", "yyy", "zz"], key=len))
