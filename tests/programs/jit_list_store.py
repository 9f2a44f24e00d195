# Typed list stores in compiled code: ints and floats written in place over items that
# hold no object, with the list checked once per stretch of straight-line code; and every
# way that can fail, each resumed in the interpreter exactly.


def scale(xs, k, n):
    for r in range(n):
        for i in range(len(xs)):
            xs[i] = xs[i] * k
            xs[-1 - i] += 0.0
    return xs


print(scale([1.0, 2.0, 3.0], 1.0001, 500))
# An object among the items: the store over it leaves compiled code.


class W:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return W(self.v * k)

    def __add__(self, x):
        return W(self.v + x)

    def __repr__(self):
        return "W(%r)" % self.v


print(scale([1.0, W(2.0), 3.0], 1.0001, 500))
print(scale([1.0, 2.0, 3.0, 4.0], 1.0001, 500))


def fill(xs, n):
    for i in range(n):
        xs[i % len(xs)] = i
    return xs


print(fill([0] * 7, 3000))
print(fill([None] * 7, 3000))  # old items are None: still no object
print(fill([[], [], 0, 0, 0, 0, 0], 3000))  # the first two hold objects


class Loud(list):
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v * 2)


print(fill(Loud([0] * 5), 3000))


def aliases(a, b, n):
    # a and b are the same list: a store through one is seen through the other.
    s = 0
    for i in range(n):
        a[0] = i
        s += b[0]
        b[1] = s
        s += a[1] % 7
    return s, a


print(aliases(*([[0, 0]] * 2), 3000))


def grows(n):
    xs = [0.0]
    total = 0.0
    for i in range(n):
        xs[0] = xs[0] + 1.0
        if i % 100 == 0:
            xs.append(float(i))
        xs[-1] = xs[-1] + 0.5
        total += xs[len(xs) // 2]
    return total, len(xs)


print(grows(3000))


def rebinds(n):
    a = [1, 2, 3]
    b = [10, 20, 30]
    s = 0
    for i in range(n):
        a[i % 3] = i
        s += a[(i + 1) % 3]
        a, b = b, a
    return s, a, b


print(rebinds(3001))


def out_of_range(xs, n):
    for i in range(n):
        xs[i] = 1.5
    return xs


for k in range(200):
    try:
        out_of_range([0.0] * 10, 11)
    except IndexError as e:
        msg = str(e)
print(msg)


def into_tuple(t):
    for i in range(2000):
        t[0] = i


try:
    into_tuple([0])
    into_tuple((0,))
except TypeError as e:
    print("TypeError:", e)


def temporaries(grid, n):
    for k in range(n):
        for i in range(len(grid)):
            grid[i][k % 3] = grid[i][k % 3] + 1
    return grid


print(temporaries([[0, 0, 0], [1, 1, 1]], 3000))
