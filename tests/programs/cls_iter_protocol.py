# __iter__/__next__, __iter__ as generator, __reversed__, __contains__, __len__
class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        return Range2Iter(self.start, self.stop)
    def __len__(self):
        return max(0, self.stop - self.start)
    def __contains__(self, x):
        print("contains", x)
        return self.start <= x < self.stop
    def __reversed__(self):
        n = self.stop
        while n > self.start:
            n -= 1
            yield n
class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.stop:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
r = Range2(3, 7)
print(list(r), list(r), len(r), 5 in r, 9 in r, 9 not in r)
print(list(reversed(r)), sum(r), max(r), sorted(r, reverse=True))
print([x * 2 for x in r], dict(zip(r, "abcd")), tuple(r))
a, b, *c = r
print(a, b, c)
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, 5 in t)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i ** 2
print(list(OnlyGetitem()), 9 in OnlyGetitem(), list(iter(OnlyGetitem())))
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
it = iter(Range2(0, 3))
print(iter(it) is it, next(it), list(it), list(it))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
for i, f in enumerate(Fib()):
    if i >= 10:
        break
    print(f, end=" ")
print()
