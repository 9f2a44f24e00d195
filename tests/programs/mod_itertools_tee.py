# itertools.tee: independent iterators sharing one buffer, copies, tee of a tee, n=0 and
# argument errors; the input is read once, lazily, whichever copy is ahead.
import itertools
from itertools import tee


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


a, b = tee([1, 2, 3])
print(list(a), list(b), list(a))
print(len(tee([])), tee("x", 0), len(tee("abc", 5)), type(tee([])))
print(type(a), type(a).__name__, type(a).__module__)


def gen(n):
    for i in range(n):
        print("  read", i)
        yield i


a, b, c = tee(gen(4), 3)
print(next(a), next(a))
print(next(b))
print(list(c))
print(list(a), list(b))

# Many items, across the buffer's blocks.
a, b = tee(range(1000))
print(sum(a), sum(b))
a, b = tee(iter(range(200)))
la = [next(a) for _ in range(130)]
lb = list(b)
print(la[-1], len(lb), list(a)[:3])

# A copy starts where the original is.
a, = tee("abcdef", 1)
next(a)
c = a.__copy__()
print(list(a), list(c))
# tee of a tee shares its buffer: copies, not a new layer.
x, y = tee("hello")
next(x)
p, q = tee(x)
print(type(p) is type(x), list(p), list(q), list(y))
t = itertools._tee([7, 8])
print(list(t), list(itertools._tee(iter([9]))))


# An iterator with __copy__ is copied itself.
class Copyable:
    def __init__(self, start=0):
        self.i = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i

    def __copy__(self):
        print("copy at", self.i)
        return Copyable(self.i)


a, b, c = tee(Copyable(), 3)
print(type(a).__name__, list(a), list(b), list(c))

# Exceptions from the input reach whichever copy reads.


def failing():
    yield 1
    raise KeyError("boom")


a, b = tee(failing())
print(next(a), next(b))
show(lambda: next(a))
show(lambda: next(b))

show(lambda: tee())
show(lambda: tee([], -1))
show(lambda: tee([], "a"))
show(lambda: tee([], 2, 3))
show(lambda: tee(1))
show(lambda: tee(1, 0))
show(lambda: tee([], n=2))
show(lambda: itertools._tee(5))
show(lambda: itertools._tee())

# A tee feeding itself through a generator cannot re-enter.


def feedback():
    yield 0
    for v in b:
        yield v + 1


a, b = tee(feedback())
print(next(b))
show(lambda: next(b))
print([n for n, _ in zip(a, range(3))])
