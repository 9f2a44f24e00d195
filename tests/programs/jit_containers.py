# Hot loops over lists, tuples, dicts and objects: in-place list reads and writes (negative
# indexes, out of range, list subclasses, items that are objects), attribute access, method
# calls and exceptions raised inside compiled code and caught in the same function.


class Vec(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2


class P:
    def __init__(self, x):
        self.x = x

    def bump(self, d):
        self.x += d
        return self.x


def sums(xs, n):
    total = 0.0
    for i in range(n):
        total += xs[i % len(xs)] + xs[-1 - i % len(xs)]
    return total


def writes(xs, n):
    for i in range(n):
        xs[i % len(xs)] = xs[i % len(xs)] * 0.5 + i
        xs[-1] = i
    return xs[:3], xs[-1]


def objects(items, n):
    out = []
    for i in range(n):
        p = items[i % len(items)]
        out.append(p.bump(1) if i % 3 else p.x)
    return sum(out), [p.x for p in items]


def replace_objects(n):
    xs = [P(i) for i in range(4)]
    for i in range(n):
        xs[i % 4] = P(i) if i % 2 else 1.5
    return [x if isinstance(x, float) else x.x for x in xs]


def guarded(xs, n):
    caught = 0
    for i in range(n):
        try:
            xs[i] = xs[i - 1] + 1
        except IndexError:
            caught += 1
    return caught, xs[:4]


def mixed_keys(d, n):
    t = 0
    keys = list(d)
    for i in range(n):
        t += d[keys[i % len(keys)]]
    return t


def tuples(n):
    t = (1, 2.5, "three", None)
    s = 0.0
    c = 0
    for i in range(n):
        v = t[i % 4]
        if v is None:
            c += 1
        elif isinstance(v, str):
            c += len(v)
        else:
            s += v
    return s, c


print(sums([1.5, 2.5, 3.0], 3000))
print(sums(Vec([1, 2, 3]), 3000))
print(sums((1, 2, 3, 4), 3000))
print(writes([0.0] * 7, 3000))
print(objects([P(1), P(2.5), P(3)], 3000))
print(replace_objects(3001))
print(guarded([0] * 50, 60))
print(mixed_keys({"a": 1, 2: 2, (3,): 3}, 3000))
print(tuples(3000))
xs = [1.0, 2.0, 3.0]
print(sums(xs, 1000), xs)
xs.append(4.0)
print(sums(xs, 1000))
xs[0] = "boom"
try:
    sums(xs, 1000)
except TypeError as e:
    print("TypeError", e)
