# Return value in StopIteration, StopIteration inside generators -> RuntimeError
def g():
    yield 1
    return "the value"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def no_return():
    yield 1
it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
def leaks_stopiteration():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaks_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)
def safe_next():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "done"
        yield v
print(list(safe_next()))
s = safe_next()
print(next(s), next(s))
try:
    next(s)
except StopIteration as e:
    print("value:", e.value)
print(list(zip(range(3), g())))
r = StopIteration(1, 2)
print(r.value, r.args)
def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value)
