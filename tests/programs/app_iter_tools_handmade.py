# Handmade itertools: chain, islice, groupby, product, permutations, combinations, accumulate, tee.

def chain(*its):
    for it in its:
        yield from it


def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    for i, x in enumerate(it):
        if stop is not None and i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved


def groupby(it, key=lambda x: x):
    it = iter(it)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    k = key(cur)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            k, group = kx, [x]
    yield k, group


def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (x,) for r in result for x in pool]
    yield from result


def permutations(seq, r=None):
    seq = tuple(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest


def combinations(seq, r):
    seq = tuple(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq) - r + 1):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest


def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def tee(it, n=2):
    it = iter(it)
    buffers = [[] for _ in range(n)]

    def gen(buf):
        while True:
            if not buf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(v)
            yield buf.pop(0)
    return tuple(gen(b) for b in buffers)


def pairwise(it):
    a, b = tee(it)
    next(b, None)
    return zip(a, b)


class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)

    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[-1]


print(list(chain("ab", [1, 2], range(3), {"k": 1})))
print(list(islice(count(10, 5), 3, 30, 4)), list(islice("abcdefg", 3)))
print(list(islice(cycle("xyz"), 8)))
data = "aaabccddddeaa"
print([(k, "".join(g)) for k, g in groupby(data)])
words = sorted("apple avocado banana blueberry cherry cranberry date".split(), key=lambda w: w[0])
print({k: g for k, g in groupby(words, key=lambda w: w[0])})
print(list(product("ab", range(2))), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), len(list(permutations(range(5), 3))))
print(list(combinations("abcd", 2)), sum(1 for _ in combinations(range(10), 4)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)), list(accumulate([])))
a, b = tee(x * x for x in range(6))
print(list(a), list(b))
print(list(pairwise("abcde")))
p = Peekable(range(5))
out = []
for x in p:
    nxt = p.peek("END")
    out.append(f"{x}->{nxt}")
print(out)
print(sum(x for x in islice(count(1), 100) if x % 3 == 0 or x % 5 == 0))
print(max(permutations([3, 1, 2])), min(combinations([5, 3, 9, 1], 3)))
sq = (n * n for n in count(1))
print(next(x for x in sq if x > 500), next(sq))
print(list(zip(count(), "hey")), dict(zip("abc", count(100))))
print(list(map(lambda x, y: x * y, [1, 2, 3], count(10))), list(filter(None, [0, 1, "", "a", [], [0]])))
print(sorted(set(map(sum, combinations(range(1, 7), 2)))))
print(list(reversed(list(islice(count(), 5)))), list(enumerate("xyz", start=1)))
g = permutations([])
print(list(g), list(g))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
print(list(zip("ab", "xyz", strict=False)))
list(zip("ab", "xyz", strict=True))
