# Copying list and tuple iterators (copy.copy, copy.deepcopy) goes through their
# __reduce__ and __setstate__, as in CPython, at any point of their iteration.
import copy

it = iter([1, 2, 3, 4])
next(it)
c = copy.copy(it)
print(list(c), list(it))
print(list(copy.copy(it)))  # exhausted

t = iter((1, [2], 3))
next(t)
d = copy.deepcopy(t)
rest = list(d)
print(rest, rest[0] is not None, list(t))

lst = [1, 2, 3]
it = iter(lst)
print(it.__reduce__()[1:], type(it.__reduce__()[0]).__name__)
next(it)
print(it.__reduce__()[1:])
list(it)
print(it.__reduce__()[1:])
print(iter(()).__reduce__()[1:])
t = iter((5, 6))
list(t)
print(t.__reduce__()[1:])

it = iter([1, 2, 3])
it.__setstate__(10)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(True)
print(list(it))
for bad in [2 ** 70, "x"]:
    try:
        iter([1]).__setstate__(bad)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# A copy shares the list: items appended later show in both.
base = [1, 2]
a = iter(base)
b = copy.copy(a)
base.append(3)
print(list(a), list(b))
