# generators and iteration patterns
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"
g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e.args))
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return x + y
def outer():
    r = yield from inner()
    print("outer received", r)
    yield r * 10
    return "outer-ret"
o = outer()
print(next(o), o.send(5), o.send(7))
try:
    next(o)
except StopIteration as e:
    print("stop", e.value)
def gen_from_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)
print(list(gen_from_list()))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]), sorted(c for c in "hello"))
print("-".join(str(i) for i in range(5)), tuple(i for i in range(3)), set(i % 3 for i in range(10)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(take(3, fib())), list(take(10, [1, 2])))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")
c = closer()
print(next(c))
c.close()
print("after close")
try:
    next(c)
except StopIteration:
    print("closed gen raises StopIteration")
def thrower():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            print("caught in gen:", e)
            yield "recovered"
t = thrower()
print(next(t), t.throw(ValueError("boom")), next(t))
def bad():
    yield 1
    raise StopIteration("inside")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
g2 = (x for x in range(3))
print(list(g2), list(g2))
def squares(n):
    for i in range(n):
        yield i * i
print(list(zip(squares(4), "abcd")), dict(enumerate(squares(3))))
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print("skip", next(it))
    print("x", x)
print(next(iter([]), "default"), next(iter("z"), "d"))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), list(Countdown(0)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "x", {4: 0})))
def running_avg():
    total, count, avg = 0, 0, None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
gen = (i for i in range(3))
print(type(gen).__name__, hasattr(gen, "send"), iter(gen) is gen)
def nested_gen(n):
    if n == 0:
        yield "leaf"
        return
    yield f"level{n}"
    yield from nested_gen(n - 1)
print(list(nested_gen(3)))
def ret_only():
    return 5
    yield
try:
    next(ret_only())
except StopIteration as e:
    print("ret_only", e.value)
sentinel_it = iter(iter([3, 2, 1, 0, 5]).__next__, 0)
print(list(sentinel_it))
def early():
    for i in range(10):
        if i == 3:
            return i
        yield i
print(list(early()))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), list(map(lambda p: p[0] * p[1], zip(range(3), range(3)))))
