# `+`, `-` and `*` at sites that see ints and floats mixed (compiled generic, with an inline
# path for numbers): int overflow to big ints, ints beyond 2**53 converted to float, signed
# zeros, infinities and NaN, bools, and objects with their own operators at the same site.


def dot(a, b):
    return a[0] * b[0] + a[1] * b[1] - a[2] * b[2]


def run(pairs):
    t = []
    for a, b in pairs:
        t.append(dot(a, b))
    return t


ints = [((i, i + 1, i + 2), (2, 3, 4)) for i in range(300)]
floats = [((i * 0.5, 1.5, -2.0), (2, 0.25, 4)) for i in range(300)]
print(sum(run(ints)), sum(run(floats)))
big = [((2**62, 2**62, 3), (3, 5, 7)), ((2**53 + 1, 1.0, 0), (1, 1, 0)), ((-(2**63), 1, 1), (1, -1, 1))]
print(run(big))
odd = [((0.0, -0.0, 0.0), (-1, 1, 1)), ((float("inf"), 1, 1), (1, float("-inf"), 0)),
       ((float("nan"), 1, 1), (1, 1, 1)), ((True, False, True), (True, 3, 2))]
print([repr(x) for x in run(odd)])


class V:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return self.v * (o.v if isinstance(o, V) else o)

    def __rmul__(self, o):
        return o * self.v * 10


objs = [((V(2), 1, 1), (3, 1, 1)), ((2, 1, 1), (V(3), 1, 1)), ((V(2), V(3), 0), (V(5), 2, 0))]
print(run(objs))
try:
    run([(("a", 1, 1), (None, 1, 1))])
except TypeError as e:
    print("TypeError", e)


def accumulate(n):
    s = 0
    for i in range(n):
        s = s + (i if i % 3 else i * 0.5)
        s = s - 1
    return s


print(accumulate(3000))
