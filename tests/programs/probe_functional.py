# sorting and functional builtins
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cat", 31, "la"), ("dan", 19, "nyc"), ("eve", 25, "la")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, reverse=True)[0], sorted([3, 1, 2], reverse=True), sorted("banana"), sorted((1, 0)))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]), sorted([-3, 2, -1], key=abs))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), max([], default="empty"), min([], key=len, default=None))
print(min(3, 1, 2), max("apple", "fig", "banana", key=len), min("b", "a"), max([1, 5, 5], key=lambda x: -x), max((1, "a"), (1, "b")))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 3 == 0, range(10))))
print(list(zip("abc", range(5))), list(zip()), list(zip([1, 2])), dict(zip(range(3), "xyz")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("xyz", start=1)), list(enumerate([], 5)), list(enumerate("ab", -1)))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in [1, 2, 3]), all(map(bool, [1, 0])))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2, 3]], []), sum([0.5, 0.25], 1), sum(range(101)), sum([], 7))
print(sum(((1,), (2,)), ()), sum([True, True, False]), sum(x * x for x in range(4)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
class Deck:
    def __init__(self, cards): self.cards = cards
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1] + ["!"])
    def __iter__(self): return iter(self.d)
print(list(reversed(Deck(["A", "K", "Q"]))), list(reversed(Rev([1, 2]))), list(Rev([1, 2])), list(reversed(range(3))))
print(list(reversed("abc")), list(reversed({"a": 1, "b": 2}.values())), list(reversed([])))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), list(map(compose(str, inc), range(3))))
def reduce(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""), reduce(max, [3, 9, 2], 0))
words = "the quick brown fox jumps over the lazy dog".split()
by_len = {}
for w in sorted(set(words)):
    by_len.setdefault(len(w), []).append(w)
print(sorted(by_len.items()))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[::-1])[:4])
print(list(map(len, words)), list(filter(str.isupper, ["A", "b", "C"])), "".join(map(chr, range(65, 70))))
print([x for x in range(20) if x % 2 if x % 3], [(x, y) for x in range(3) for y in range(x)], [[c] * 2 for c in "ab"])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)], list(map(max, matrix)))
print(abs(-3), abs(-2.5), divmod(17, 5), pow(2, 8), round(3.14159, 3), len({1: 2}), isinstance(3, (str, int)))
print(callable(len), callable(3), getattr("x", "upper")(), hasattr([], "append"), type(map(len, [])).__name__, type(zip()).__name__)
ranked = sorted(enumerate([40, 10, 30, 20]), key=lambda iv: iv[1])
print(ranked, [i for i, _ in ranked])
stable = sorted([("b", 1), ("a", 1), ("c", 0), ("a", 0)], key=lambda t: t[1])
print(stable, sorted(stable, key=lambda t: t[0]))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip(range(3), range(3, 6))
print(next(z), list(z))
print(sorted({"b": 2, "a": 1, "c": 0}, key=lambda k: -ord(k)), sorted({"x": 3, "y": 1}.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda x: (x % 4, -x)), min("hello world".split(), key=len), sorted([0.5, -1, 3, 2.5]))
print(list(filter(lambda s: s.startswith("b"), words)), [w for w in words if len(w) > 4], list(zip(words, range(3))))
