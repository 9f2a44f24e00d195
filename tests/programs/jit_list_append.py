# xs.append(x) in compiled code: an exact list gains the value in place while it has
# room, and calls list.append when it must grow; another receiver (a list subclass, an
# object with its own append, a deque) leaves for the interpreter, which finds its method.
from collections import deque


def build(n):
    out = []
    for i in range(n):
        out.append(i)
        out.append(i * 0.5)
        out.append(None)
        out.append(str(i % 3))
        out.append((i, i))
    return out


r = build(3000)
print(len(r), r[:10], r[-5:])


def fill(xs, n):
    for i in range(n):
        xs.append(i % 7)
    return xs


print(len(fill([], 5000)))


class Logged(list):
    def append(self, x):
        list.append(self, -x)


class Sink:
    def __init__(self):
        self.got = 0

    def append(self, x):
        self.got += x


for target in [[], Logged(), Sink(), deque(), []]:
    t = fill(target, 2000)
    if isinstance(t, Sink):
        print("sink", t.got)
    else:
        print(type(t).__name__, len(t), sum(t))


def grow_while_iterating(xs):
    for x in xs:
        if x < 1000:
            xs.append(x + 100)
    return len(xs), xs[-1]


print(grow_while_iterating(list(range(100))))


def nested(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(i % 5):
            row.append(i * j)
        rows.append(row)
    return sum(len(r) for r in rows), rows[-1]


print(nested(3000))


def bad_arity(xs):
    for i in range(3000):
        xs.append(i)
    xs.append()


try:
    bad_arity([])
except TypeError as e:
    print("TypeError:", e)
