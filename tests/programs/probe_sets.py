# set/frozenset operations
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b, [7])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 9])))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= {1, 5}, a.issubset(range(10)), a.issuperset([1, 2]))
print(a.isdisjoint(b), a.isdisjoint({9}), a == {4, 3, 2, 1}, a != b)
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
c.update([20, 21], (22,))
c.intersection_update(range(0, 30, 2))
print(sorted(c))
c.difference_update({20})
c.symmetric_difference_update({0, 22})
print(sorted(c))
s = {5}
s.add(5); s.add(6)
s.discard(99); s.discard(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([1, 2, 3])
print(fs, type(fs | {4}).__name__, type({4} | fs).__name__, sorted(fs & {2, 9}))
print(fs == {1, 2, 3}, hash(fs) == hash(frozenset([3, 2, 1])), frozenset(), set())
d = {fs: "frozen", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), sorted(sorted(x) for x in nested))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
words = "the cat and the hat and the bat".split()
uniq = set(words)
print(len(uniq), sorted(uniq), sorted(w for w in uniq if "at" in w))
print(sorted({w[0] for w in words}), {len(w) for w in words})
print({1, 2, 3} == frozenset({1, 2, 3}), {1.0, 1, True}, {0, False, 0.0})
print(sorted(set("mississippi")), "".join(sorted(set("hello world"))))
e = set()
print(e, bool(e), len(e), repr(frozenset()), repr({1}), repr(frozenset({7})))
print(set(range(5)) - set(range(0, 5, 2)), set([3, 1, 2]), set((9, 8, 7)))
x = {1, 2, 3}
y = x.copy()
y.add(4)
print(x, y, x < y, x.copy() is x)
print(sorted({-1, -5, 3, 0}), min({4, 2, 8}), max(frozenset([4, 2, 8])), sum({1, 2, 3}))
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and self.v % 10 == o.v % 10
    def __hash__(self):
        return hash(self.v % 10)
    def __repr__(self):
        return f"H({self.v})"
hs = {H(1), H(11), H(2), H(21)}
print(len(hs), sorted(h.v for h in hs), H(31) in hs, H(3) in hs)
big = set(range(1000))
big -= set(range(0, 1000, 3))
print(len(big), sum(big), 999 in big, 998 in big)
print(sorted({(1, 2), (2, 1), (1, 2)}), {None}, {"a"} | {"a"})
print(set("abc") == set("cba"), frozenset("ab") | frozenset("bc") == frozenset("abc"))
print(sorted(set(x * x % 7 for x in range(20))))
s2 = {3, 1, 2}
for v in sorted(s2):
    s2.discard(v)
    print(v, sorted(s2))
try:
    for v in s2 | {1, 2}:
        s2.add(v + 100)
    print(sorted(s2))
except RuntimeError as e:
    print("RuntimeError:", e)
