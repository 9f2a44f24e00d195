# itertools and operator inside functions called often enough for the JIT to compile them:
# the compiled code must build, iterate and call these objects as the interpreter does.
import itertools as it
import operator as op


def window_sums(data, n):
    total = 0
    for a, b in it.pairwise(data):
        total += a * b
    for chunk in it.islice(it.count(n), 3):
        total += chunk
    return total


def combos(n):
    s = 0
    for c in it.combinations(range(n), 2):
        s += c[0] * c[1]
    for p in it.product((0, 1), repeat=2):
        s += sum(p)
    return s


def grouped(text):
    out = []
    for k, g in it.groupby(text):
        out.append(k + str(len(list(g))))
    return "".join(out)


def teed(n):
    a, b = it.tee(range(n))
    next(b, None)
    return sum(map(op.mul, a, b))


def accumulated(xs):
    return list(it.accumulate(xs, op.add, initial=0))[-1] + sum(it.starmap(op.pow, [(2, 3)]))


def operators(i):
    getter = op.itemgetter(1, 0)
    r = op.add(i, 1) + op.mul(i, 2) - op.floordiv(i, 3) + op.neg(i) + op.index(i)
    r += op.lt(i, 5) + op.truth(i) + op.getitem([i], 0) + len(getter((1, 2)))
    r += op.methodcaller("bit_length")(i) + op.attrgetter("real")(i)
    x = [i]
    x = op.iadd(x, [1])
    return r + op.length_hint(x) + op.countOf(x, 1) + op.contains(x, i)


def infinite(i):
    c = it.cycle("ab")
    r = it.repeat(i, 2)
    z = it.zip_longest(r, c, fillvalue=None)
    return [next(z) for _ in range(3)]


acc = [0, 0, 0, 0, 0, 0]
last = None
for i in range(1500):
    acc[0] += window_sums([i, i + 1, i + 2], i)
    acc[1] += combos(i % 7)
    acc[2] += len(grouped("aabccc" * (i % 3)))
    acc[3] += teed(i % 10)
    acc[4] += accumulated(range(i % 5))
    acc[5] += operators(i)
    last = infinite(i)
print(acc)
print(last)
print(grouped("aaabbbbcdd"), teed(20), combos(6), operators(37))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))))


def sort_key_hot(rows):
    return sorted(rows, key=op.itemgetter(1, 0))[0]


rows = [(i % 13, (i * 7) % 11) for i in range(30)]
for i in range(1200):
    first = sort_key_hot(rows)
print(first)
