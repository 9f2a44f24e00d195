# itertools chain, islice, accumulate, starmap, takewhile, dropwhile, filterfalse, compress,
# zip_longest and pairwise: results, edge cases and argument errors.
import operator
from itertools import (accumulate, chain, compress, count, dropwhile, filterfalse, islice,
                       pairwise, starmap, takewhile, zip_longest)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# chain
print(list(chain()), list(chain([])), list(chain("ab", [1, 2], (3,), range(2))))
print(list(chain.from_iterable(["ab", "cd", []])), type(chain.from_iterable([])))
print(list(chain.from_iterable(iter([[1], (2, 3)]))))
print(list(chain({"a": 1}, {5})))
c = chain([1], 2, [3])
print(next(c))
show(lambda: next(c))
print(next(c, "done"))  # CPython gives up after a non-iterable input
show(lambda: chain(x=1))
show(lambda: chain.from_iterable())
show(lambda: chain.from_iterable([], []))
show(lambda: chain.from_iterable(5))
show(lambda: list(chain.from_iterable([1])))

# islice
s = "ABCDEFG"
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)))
print(list(islice(s, 0, None, 2)), list(islice(s, None)), list(islice(s, None, None, 3)))
print(list(islice(s, 1, 6, 2)), list(islice(s, 10)), list(islice(s, 5, 3)))
print(list(islice(s, 0)), list(islice(s, 3, 3)), list(islice(range(100), 95, None, 2)))
print(list(islice(count(), 3, 20, 5)), list(islice(s, True, 3)))
print(list(islice(s, None, 4, None)))
show(lambda: list(islice(s, 2 ** 80)))
show(lambda: list(islice(s, 1, 2, 2 ** 80)))
for args in [(-1,), (-5,), (1.5,), ("a",), (-1, 3), (0, -1), (0, -2), ("a", 3), (1, 2, 0),
             (1, 2, -1), (1, 2, "x"), (1, 2, 1.0), (None, None, 0), (-2 ** 80, 1),
             (0, -2 ** 80), (1, 2, 3, 4)]:
    show(lambda: list(islice(s, *args)))
show(lambda: islice(s))
show(lambda: islice(s, stop=3))
show(lambda: islice(5, 3))


class Idx:
    def __index__(self):
        return 2


print(list(islice(s, Idx())), list(islice(s, Idx(), None, Idx())))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 3)), next(it))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([])))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate("abc")))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([3, 1, 4, 1, 5], func=min)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)))
print(list(accumulate([1, 2], lambda a, b: a * 10 + b, initial=None)))
print(list(accumulate([[1], [2], [3]])), list(accumulate([1.5, 2, 3j])))
show(lambda: list(accumulate([1, "a"])))
show(lambda: accumulate())
show(lambda: accumulate([1], None, None))
show(lambda: accumulate([1], None, func=None))
show(lambda: accumulate([1], foo=1))
show(lambda: accumulate(1))
show(lambda: list(accumulate([1, 2], 5)))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ["ab", "cd"])))
print(list(starmap(lambda *a: a, [[], [1], iter([2, 3])])))
show(lambda: list(starmap(pow, [1])))
show(lambda: list(starmap(pow, [(1, 2, 3, 4)])))
show(lambda: starmap(pow))
show(lambda: starmap(pow, [], x=1))
show(lambda: starmap(pow, 3))

# takewhile / dropwhile
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 2])))
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
t = takewhile(lambda x: x < 3, count())
print(list(t), list(t))
show(lambda: takewhile(len))
show(lambda: dropwhile(len, [], []))
show(lambda: list(takewhile(len, [1])))
show(lambda: list(dropwhile(len, [1])))
show(lambda: takewhile(len, [], x=2))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", []])))
print(list(filterfalse(bool, [0, 2, None])))
show(lambda: filterfalse(None))
show(lambda: list(filterfalse(5, [1])))

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1])))
print(list(compress(data=range(5), selectors=[0, 1, 1])), list(compress([], count())))
show(lambda: compress("a"))
show(lambda: compress("a", 1))
show(lambda: compress(1, "a"))
show(lambda: compress("a", [1], 2))

# zip_longest
print(list(zip_longest("ABCD", "xy")), list(zip_longest("AB", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("a", [], fillvalue=0)))
print(list(zip_longest(range(3), "ab", [True])))
show(lambda: zip_longest([1], 2))
show(lambda: zip_longest([1], fill=2))
show(lambda: zip_longest([1], fill=2, fillvalue=3))

# pairwise
print(list(pairwise("ABCDE")), list(pairwise([])), list(pairwise([1])), list(pairwise(range(3))))
show(lambda: pairwise())
show(lambda: pairwise(1))
show(lambda: pairwise([], []))
show(lambda: pairwise([], x=1))
for cls in (chain, islice, accumulate, starmap, takewhile, dropwhile, filterfalse, compress,
            zip_longest, pairwise):
    print(cls, cls.__name__, cls.__module__)
