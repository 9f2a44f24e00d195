# Hanoi, permutations, combinations, powerset, n-queens.

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
for m in moves:
    print("move disk %d %s->%s" % m)
for n in range(1, 11):
    ms = []
    hanoi(n, "A", "C", "B", ms)
    assert len(ms) == 2 ** n - 1
print("hanoi 10:", 2 ** 10 - 1)

def perms_rec(seq):
    if len(seq) <= 1:
        return [list(seq)]
    out = []
    for i, x in enumerate(seq):
        for p in perms_rec(seq[:i] + seq[i + 1:]):
            out.append([x] + p)
    return out

def perms_gen(seq):
    if not seq:
        yield ()
        return
    for i in range(len(seq)):
        for rest in perms_gen(seq[:i] + seq[i + 1:]):
            yield (seq[i],) + rest

print(["".join(p) for p in perms_rec("abc")])
print(list(perms_gen((1, 2, 3)))[:4], sum(1 for _ in perms_gen(tuple(range(6)))))

def combos(seq, k):
    if k == 0:
        yield []
        return
    for i in range(len(seq) - k + 1):
        for rest in combos(seq[i + 1:], k - 1):
            yield [seq[i]] + rest

print(list(combos("abcd", 2)))
print([len(list(combos(list(range(8)), k))) for k in range(9)])

def powerset_rec(s):
    if not s:
        return [[]]
    rest = powerset_rec(s[1:])
    return rest + [[s[0]] + r for r in rest]

def powerset_bits(s):
    for mask in range(1 << len(s)):
        yield [s[i] for i in range(len(s)) if mask >> i & 1]

print(sorted(powerset_rec([1, 2, 3]), key=lambda x: (len(x), x)))
print(sorted(map(tuple, powerset_bits("xyz"))))

def queens(n):
    count = 0
    cols = set(); d1 = set(); d2 = set()
    first = None
    placement = []
    def place(r):
        nonlocal count, first
        if r == n:
            count += 1
            if first is None:
                first = list(placement)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placement.append(c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c); placement.pop()
    place(0)
    return count, first

for n in range(1, 8):
    c, f = queens(n)
    print("queens", n, c, f)

c, f = queens(6)
for col in f:
    print("".join("Q" if i == col else "." for i in range(6)))

def yield_from_tree(t, depth=0):
    if isinstance(t, list):
        for sub in t:
            yield from yield_from_tree(sub, depth + 1)
    else:
        yield (t, depth)
print(list(yield_from_tree([1, [2, [3, 4]], [[5]]])))
import sys
print(sys.getrecursionlimit() >= 1000)
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
