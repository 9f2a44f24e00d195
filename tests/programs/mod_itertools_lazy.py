# itertools objects are lazy iterators: each reads its input only as far as asked, in
# CPython's order; they work in for loops, list(), next() with defaults, zip, sorted, sum,
# enumerate, map, unpacking and `in`, and exceptions from inside propagate unchanged.
import itertools as it


class Noisy:
    """An iterator that prints each item as it is read."""

    def __init__(self, name, items):
        self.name = name
        self.items = list(items)
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.items):
            print("  %s: StopIteration" % self.name)
            raise StopIteration
        v = self.items[self.i]
        self.i += 1
        print("  %s -> %r" % (self.name, v))
        return v


def step(label, obj, n):
    print(label)
    for _ in range(n):
        v = next(obj, "<end>")
        print("  got", v)


step("count in zip", zip(Noisy("n", "ab"), it.count()), 3)
step("cycle", it.cycle(Noisy("c", [1, 2])), 5)
step("chain", it.chain(Noisy("a", [1]), Noisy("b", [2])), 3)
step("chain.from_iterable", it.chain.from_iterable(Noisy("outer", ["xy", ""])), 3)
step("islice 1..5 step 2", it.islice(Noisy("s", range(10)), 1, 5, 2), 3)
step("islice stop 0", it.islice(Noisy("z", [1]), 0), 2)
step("accumulate", it.accumulate(Noisy("acc", [1, 2]), initial=10), 4)
step("starmap", it.starmap(max, Noisy("sm", [(1, 2)])), 2)
step("takewhile", it.takewhile(lambda x: x < 2, Noisy("tw", [1, 2, 3])), 3)
step("dropwhile", it.dropwhile(lambda x: x < 2, Noisy("dw", [1, 2, 1])), 3)
step("filterfalse", it.filterfalse(None, Noisy("ff", [1, 0])), 2)
step("compress", it.compress(Noisy("data", "ab"), Noisy("sel", [0, 1, 1])), 2)
step("zip_longest", it.zip_longest(Noisy("l", [1]), Noisy("r", [1, 2])), 3)
step("pairwise", it.pairwise(Noisy("pw", [1, 2, 3])), 3)
step("product", it.product(Noisy("p1", [1, 2]), Noisy("p2", "a")), 1)
step("permutations", it.permutations(Noisy("perm", [1, 2])), 1)
step("combinations", it.combinations(Noisy("comb", [1, 2]), 2), 1)
step("groupby keys", map(lambda kg: kg[0], it.groupby(Noisy("gb", [1, 1, 2]))), 3)
a, b = it.tee(Noisy("tee", [1, 2]))
step("tee a", a, 1)
step("tee b", b, 3)
print("making a combinations of -1 reads its input first:")
try:
    it.combinations(Noisy("neg", [1]), -1)
except ValueError as e:
    print("  ValueError", e)

# Protocol: for loops, builtins, unpacking, `in`, iter(x) is x.
c = it.count(1)
print(iter(c) is c, c.__iter__() is c, c.__next__())
for i, v in enumerate(it.islice(c, 3)):
    print(i, v)
print(sorted(it.chain([3, 1], [2])), sum(it.repeat(2, 5)), max(it.islice(it.count(), 5)))
print(list(map(len, it.repeat("ab", 2))), dict(it.zip_longest("ab", [1])))
x, y, z = it.islice(it.count(10, 5), 3)
print(x, y, z, 7 in it.count(), "q" in it.chain("ab"))
print(list(zip(it.count(), "abc", it.cycle([True, False]))))
print(set(it.chain.from_iterable([[1, 2], [2, 3]])), tuple(it.repeat(0, 2)))
print(list(reversed(list(it.islice("abcdef", 1, None, 2)))))
print([v for v in it.takewhile(str.isdigit, "123ab4")])
print(" ".join(it.starmap("{}={}".format, [("a", 1), ("b", 2)])))
print(next(it.chain(), "empty"), next(it.islice([], 1), "none"))

# StopIteration raised directly ends the iteration; other exceptions propagate, and the
# iterator can be used again afterwards where CPython allows it.


class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise KeyError("flaky")
        if self.n > 3:
            raise StopIteration
        return self.n


c = it.chain(Flaky())
print(next(c))
try:
    next(c)
except KeyError as e:
    print("KeyError", e)
print(list(c))
z = it.zip_longest(Flaky(), [1, 2, 3])
print(next(z))
try:
    next(z)
except KeyError as e:
    print("KeyError", e)
print(list(z))
p = it.pairwise(Flaky())
try:
    next(p)
except KeyError as e:
    print("KeyError", e)
print(list(p))


def boom(x):
    raise ZeroDivisionError("in callback %d" % x)


for obj in (it.starmap(boom, [(1,)]), it.takewhile(boom, [2]), it.dropwhile(boom, [3]),
            it.filterfalse(boom, [4]), it.accumulate([1, 5], lambda a, b: boom(b)),
            it.groupby([6], key=boom)):
    try:
        print(list(obj))
    except ZeroDivisionError as e:
        print(type(obj).__name__, "ZeroDivisionError", e)


def gen_stop():
    yield 1
    return "value"


print(list(it.chain(gen_stop(), gen_stop())))


# A StopIteration escaping a callback also ends the iteration (as in CPython).
def stopper(x):
    raise StopIteration


print(list(it.starmap(stopper, [(1,), (2,)])), list(it.takewhile(stopper, [1])))

# A generator iterating an itertools object, and itertools over generators.


def evens():
    for v in it.count(0, 2):
        if v > 8:
            return
        yield v


print(list(evens()), list(it.islice(evens(), 2, None)))
print(list(it.chain(*(range(i) for i in range(4)))))
