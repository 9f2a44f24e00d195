# A function entered with different argument types keeps a compiled version for each kind
# it sees; every version must give what the interpreter gives, including when more kinds
# come than versions are kept, when a version's guards start failing, and in recursion.


def scale(x, y, k):
    return (x * k, y * k)


def mix(a, b, c):
    # Int, float and mixed arithmetic, and a comparison, per combination of types.
    s = a + b * c
    if s > 10:
        s = s - a
    return s


def depth(n, step):
    # Recursive: each version calls itself directly.
    if n <= 0:
        return step
    return depth(n - step, step) + 1


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def run():
    acc_i = 0
    acc_f = 0.0
    for i in range(3000):
        acc_i += scale(i, i + 1, 3)[1]
        acc_f += scale(i * 0.5, 2.5, 0.5)[0]
    print(acc_i, acc_f)

    # Eight combinations of int and float: more than the versions kept.
    kinds = [(1, 2, 3), (1.5, 2, 3), (1, 2.5, 3), (1, 2, 3.5),
             (1.5, 2.5, 3), (1.5, 2, 3.5), (1, 2.5, 3.5), (1.5, 2.5, 3.5)]
    totals = [0] * len(kinds)
    for r in range(400):
        for j, (a, b, c) in enumerate(kinds):
            totals[j] += mix(a + r, b, c)
    print(totals)

    # Big ints through a version compiled for small ones: its guards fail.
    big = 0
    for r in range(2000):
        big += mix(r, 2, 3)
    for r in range(300):
        big += mix(2 ** 62 + r, 2 ** 62, 3)
    print(big)

    print(sum(depth(50, 1) for _ in range(300)), sum(depth(50.0, 0.5) for _ in range(300)))

    v = V(0, 0)
    w = V(0.0, 0.0)
    for i in range(2000):
        v = v + V(i, 1)
        w = w + V(i * 0.25, 0.5)
    print(v, w)

    # None and objects alternate with ints in one argument.
    out = []
    for i in range(1500):
        arg = None if i % 3 == 0 else (i if i % 3 == 1 else str(i))
        out.append(describe(arg))
    print(out[:6], len(out), sum(len(s) for s in out))


def describe(x):
    if x is None:
        return "none"
    if isinstance(x, int):
        return "int:" + str(x * 2)
    return "other:" + x


run()
