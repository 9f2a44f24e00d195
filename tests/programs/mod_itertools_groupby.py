# itertools.groupby: grouping runs, key functions, and the grouper sub-iterators that are
# invalidated when the groupby advances (as CPython's are).
from itertools import groupby


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["a", "bb", "cc", "d", ""], len)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([None, None, 0])])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])

# Advancing the groupby invalidates the previous grouper.
groups = list(groupby("AABBBC"))
print([(k, list(g)) for k, g in groups])
it = groupby("AABBBC")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
k3, g3 = next(it)
print(k3, list(g3), next(it, "end"), list(g3))

# A grouper partly consumed: the groupby skips the rest of the group.
it = groupby([1, 1, 1, 2, 2, 3])
k, g = next(it)
print(k, next(g))
k, g = next(it)
print(k, list(g), list(g))
print([(k, list(g)) for k, g in it])

# Groupers keep their key; a grouper of a group read to the end stays exhausted.
it = groupby("aabb")
k, g = next(it)
print(list(g), list(g), type(g).__name__, type(it).__name__)
print(type(g), type(it))


# Key functions are called once per item, in order.
def key(x):
    print("key", x)
    return x % 2


for k, g in groupby([1, 3, 2, 4, 5], key):
    print("group", k, list(g))

# NaN keys: the same object is one group.
nan = float("nan")
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1.0])])


class Bad:
    def __eq__(self, other):
        raise ValueError("no eq")


show(lambda: [(k, list(g)) for k, g in groupby([Bad(), Bad()])])
show(lambda: list(groupby([1, 2], key=lambda x: 1 / 0)))
show(lambda: groupby())
show(lambda: groupby(1))
show(lambda: groupby([], None, 3))
show(lambda: groupby([], foo=3))
show(lambda: list(groupby([1], 5)))
print([(k, list(g)) for k, g in groupby(iterable=[2, 2, 4], key=None)])
