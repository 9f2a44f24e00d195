# `xs[i] = value` in hot code for values of every kind over items of every kind: the new
# item is stored, then the old one released (its __del__ runs at that store, as CPython's).


class Loud:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        if self.k % 500 == 0:
            print("del", self.k)


def fill(n):
    xs = [None] * 8
    for k in range(n):
        xs[k % 8] = Loud(k)
        if k % 500 == 0:
            print("stored", k)
    return xs


def mixed(n):
    xs = [0] * 5
    values = [1, 2.5, "s", None, (1, 2), [3], True, Loud(1)]
    for k in range(n):
        xs[k % 5] = values[k % len(values)]
        xs[-1] = xs[0]
    return xs


def shared(n):
    # The same object stored over itself: its count must not drop to zero in between.
    xs = [Loud(7)]
    for k in range(n):
        xs[0] = xs[0]
    return xs[0].k


xs = fill(2100)
print([x.k for x in xs])
del xs
print(mixed(3000))
print(shared(3000))
ys = list(range(10))
for i in range(2000):
    ys[i % 10] = ys[(i + 1) % 10] if i % 3 else str(i)
print(ys)
try:
    for i in range(2000):
        ys[i] = i
except IndexError as e:
    print("IndexError", e, i)
