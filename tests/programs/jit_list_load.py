# Typed list loads in compiled code: items read in place as ints or floats, and every way
# the assumption can fail (another item type, another container, an index out of range,
# a list subclass, a temporary list), each resumed in the interpreter exactly.


def total(xs, n):
    s = 0.0
    for i in range(n):
        s += xs[i % len(xs)] * 0.5
    return s


floats = [1.5, 2.25, -3.0, 4.125]
print(total(floats, 3000))
# An int item appears after the loop got hot.
mixed = [1.5, 2.25, 7, 4.125]
print(total(mixed, 3000))
# An object with __mul__ among the floats.


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return self.v * other * 2

    def __radd__(self, other):
        return other + self.v


print(total([1.0, Num(3.0), 2.0], 3000))
# Another container: a tuple, then a dict with int keys.
print(total((1.0, 2.0, 3.0), 3000))
print(total({0: 1.0, 1: 2.0}, 3000))


class MyList(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) + 100.0


print(total(MyList([1.0, 2.0]), 3000))


def ints(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % 5 - 5]  # negative indices
    return s


print(ints([1, 2, 3, 4, 5], 5000))
print(ints([1, 2, 3, 4, 2 ** 70], 5000))


def rows(grid, n):
    s = 0.0
    for k in range(n):
        for i in range(len(grid)):
            s += grid[i][k % 3]  # the row is a temporary on the stack
    return s


g = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
print(rows(g, 2000))
g[1] = (4.0, 5.0, 6.5)
print(rows(g, 2000))


def past_end(xs):
    s = 0.0
    i = 0
    try:
        while True:
            s += xs[i]
            i += 1
    except IndexError as e:
        return s, i, str(e)


for _ in range(300):
    r = past_end([0.5] * 20)
print(r)


def shrinking(xs):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i]
        if i == 1500:
            del xs[1600:]
    return s


try:
    shrinking([1.0] * 3000)
except IndexError as e:
    print("IndexError:", e)


def swap_type(xs):
    s = 0
    for i in range(4000):
        if i == 2500:
            xs[1] = 2.5
        s += xs[i % 2]
    return s


print(swap_type([1, 2]))
