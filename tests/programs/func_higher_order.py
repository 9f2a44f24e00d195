# Functions as values: passing, returning, storing in containers
def apply(f, *args):
    return f(*args)
def square(x): return x * x
def negate(x): return -x
print(apply(square, 5), apply(max, 3, 9, 2), apply(lambda: "no args"))
pipeline = [square, negate, abs, str]
v = 3
for fn in pipeline:
    v = fn(v)
    print(fn.__name__, repr(v))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](7, 3))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, square, negate)(4))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda a, b: b + a, "abc", ""))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(max(words, key=lambda w: w[-1]), min(words, key=len))
print(list(map(str.upper, words)))
method = "hello".upper
print(method(), method.__name__)
bound = [1, 2].__len__
print(bound())
def counter_factory():
    n = [0]
    return lambda: n.__setitem__(0, n[0] + 1) or n[0]
c = counter_factory()
print(c(), c(), c())
