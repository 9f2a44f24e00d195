# iter/next, default, two-argument iter(callable, sentinel)
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter('ab')
print(next(s), next(s), next(s, '!'))
d = iter({'x': 1, 'y': 2})
print(next(d), list(d))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
print(counter)
vals = iter([3, 2, 1, 0, -1, -2])
print(list(iter(lambda: next(vals), 0)), list(vals))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
lst = [1, 2, 3]
i1 = iter(lst)
i2 = iter(i1)
print(i1 is i2, next(i1), next(i2), list(i1))
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
print(list(Countdown(4)), sum(Countdown(5)), sorted(Countdown(3)), max(Countdown(6)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(iter(Seq())))
m = iter(range(10))
print([next(m) for _ in range(3)], next(m), list(zip(m, m)))
le = [1, 2, 3]
li = iter(le)
le.append(4)
print(list(li))
