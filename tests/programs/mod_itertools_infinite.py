# itertools.count, cycle and repeat: values, steps, reprs, length hints and argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(type(count()), type(cycle([])), type(repeat(1)))
print(count.__name__, count.__module__, count.__qualname__)
print(isinstance(count(), count), isinstance(count(), itertools.repeat))

# count
c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(5), 4)), repr(count(5)))
print(list(islice(count(5, 2), 4)), repr(count(5, 2)))
print(list(islice(count(10, -3), 5)), repr(count(10, -3)))
print(list(islice(count(start=3, step=4), 3)), repr(count(step=4)))
print(list(islice(count(0.5), 3)), repr(count(0.5)))
print(list(islice(count(0.5, 0.1), 5)), repr(count(0.5, 0.1)))
print(list(islice(count(1, 0.25), 5)), repr(count(1, 0.25)))
print(list(islice(count(True), 3)), repr(count(True)))
print(list(islice(count(True, 2), 3)), repr(count(True, 2)))
print(list(islice(count(1.0, True), 3)), repr(count(1.0, True)))
print(list(islice(count(5, 1.0), 3)), repr(count(5, 1.0)))
print(list(islice(count(2 ** 63 - 2), 4)))
print(repr(count(2 ** 70)), list(islice(count(2 ** 70, 2 ** 69), 3)))
print(list(islice(count(-2 ** 63 + 1, -1), 3)))
print(list(islice(count(1j, 1j), 3)), repr(count(1j, 1j)))
c = count(3)
next(c)
print(repr(c))
c = count(0, 0)
print(next(c), next(c), repr(c))


class Num:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __add__(self, other):
        print("add", self.v, other)
        return Num(self.v + other)

    def __repr__(self):
        return "Num(%r)" % self.v


c = count(Num(1), 10)
print(repr(c))
print(next(c))
print(repr(c))
print(next(c))

show(lambda: count("a"))
show(lambda: count(1, "a"))
show(lambda: count(None))
show(lambda: count(1, 2, 3))
show(lambda: count(1, foo=2))
show(lambda: count(1, start=2))
show(lambda: next(count([], 1)))

# cycle
c = cycle("abc")
print([next(c) for _ in range(8)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])))
print(list(islice(cycle(iter(range(3))), 7)))
c = cycle(x for x in [])
print(next(c, "empty"))
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle([1], [2]))
show(lambda: cycle([1], x=1))

# repeat
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)))
print(list(islice(repeat([1]), 3)))
r = repeat("a", 3)
print(repr(r), r.__length_hint__())
next(r)
print(repr(r), r.__length_hint__())
print(list(r), repr(r), r.__length_hint__())
print(repr(repeat("a")), repr(repeat("a", -4)), repr(repeat(None, times=2)))
print(repr(repeat(object=5, times=1)))
print(repr(repeat(1, times=-1)))
show(lambda: repeat(1).__length_hint__())
show(lambda: len(repeat(1, 3)))
show(lambda: repeat())
show(lambda: repeat(1, None))
show(lambda: repeat(1, 2.0))
show(lambda: repeat(1, "3"))
show(lambda: repeat(1, 2, 3))
show(lambda: repeat(1, tims=2))
show(lambda: repeat(1, 2 ** 70))
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", repeat(0))))
print(list(repeat(True, True)))
