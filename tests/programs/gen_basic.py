# Generators: yield, lazy execution, state across yields, exhaustion
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))
def evens(limit):
    for x in range(limit):
        if x % 2 == 0:
            yield x
print(list(evens(10)), sum(evens(100)))
def empty():
    return
    yield
print(list(empty()))
def multi():
    yield 1
    yield 2
    return
    yield 3
print(list(multi()))
def local_state():
    total = 0
    for x in [5, 10, 15]:
        total += x
        yield total
print(list(local_state()))
g1, g2 = count_up(2), count_up(2)
print(next(g1), next(g2), next(g1))
def yields_none():
    yield
    x = yield
    yield x
print(list(yields_none()))
gen = (x * x for x in range(4))
print(type(gen).__name__, list(gen), list(gen))
def nested():
    for i in range(3):
        def inner():
            yield i
        yield list(inner())
print(list(nested()))
def gen_with_args(*args, **kw):
    yield from args
    yield from sorted(kw.items())
print(list(gen_with_args(1, 2, b=3, a=4)))
