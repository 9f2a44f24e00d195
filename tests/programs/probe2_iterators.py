class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self): return CountdownIter(self.n)
    def __len__(self): return self.n
    def __reversed__(self): return iter(range(1, self.n + 1))

class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Seq:
    """Old-style sequence protocol via __getitem__."""
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        if i >= len(self.data):
            raise IndexError(i)
        return self.data[i] * 10
    def __len__(self): return len(self.data)

c = Countdown(4)
print(list(c), list(c), len(c))
print(list(reversed(c)))
print(list(enumerate(c, start=10)))
it = iter(c)
print(next(it), next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

s = Seq([1, 2, 3])
print(list(s), list(reversed(s)), 20 in s, 25 in s)
print(list(enumerate(s)))

counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

print(list(iter(tick, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))

print(list(zip([1, 2, 3], "abc", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], "ab", [0], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2, 3], "ab")))

try:
    reversed(CountdownIter(3))
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration("fin")
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r

f = Fib(100)
print(list(f))
print(list(f))
print(sum(Fib(1000)), max(Fib(50)), min(Fib(50)), sorted(Fib(20), reverse=True))
print(dict(zip("xyz", Countdown(3))))
m = map(lambda p: p[0] * p[1], enumerate(Countdown(5)))
print(list(m))
print(any(x > 3 for x in Countdown(5)), all(x > 0 for x in Countdown(5)))
g = (x * x for x in Countdown(3))
print(next(g), list(g), list(g))
a, *rest = Countdown(5)
print(a, rest)
x, y = iter([7, 8])
print(x, y)
try:
    p, q = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r, s2 = Countdown(3)
except ValueError as e:
    print("ValueError:", e)
