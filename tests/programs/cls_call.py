# __call__: callable instances, stateful callables, classes as factories
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5.calls, callable(add5))
print(list(map(add5, [10, 20])), add5.calls)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)
class Method:
    def __call__(self):
        return "instance call"
m = Method()
m.__call__ = lambda: "instance attribute (ignored by call syntax)"
print(m(), m.__call__())
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Factory:
    made = 0
    def __new__(cls, *args):
        cls.made += 1
        print("__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
f = Factory(1, 2)
print(f.args, Factory.made)
class Pipeline:
    def __init__(self, *funcs):
        self.funcs = funcs
    def __call__(self, v):
        for fn in self.funcs:
            v = fn(v)
        return v
p = Pipeline(Adder(1), str, lambda s: s * 2, int)
print(p(4))
print(callable(Pipeline), callable(p), callable(print), callable("x"))
