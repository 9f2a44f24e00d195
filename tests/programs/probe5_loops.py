# while/for/else control flow puzzles.

def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
        i = None
    return i

print(find([3, 1, 4, 1, 5], 1), find([3, 1, 4], 9), find([], 0))

def primes(n):
    out = []
    for c in range(2, n):
        for d in range(2, int(c ** 0.5) + 1):
            if c % d == 0:
                break
        else:
            out.append(c)
    return out
print(primes(50))

n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz done", steps)

k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print("never printed")
print("k =", k)

while False: pass
else: print("while-else on false condition")

found = False
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = True
            break
    if found:
        break
print("pair", i, j, found)

out = []
for i in range(6):
    try:
        if i % 2:
            continue
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)

def ret_in_finally():
    for i in range(5):
        try:
            if i == 2:
                return "try-" + str(i)
        finally:
            if i == 2:
                return "finally-" + str(i)
    return "end"
print(ret_in_finally())

def finally_swallows():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            if i == 1:
                break
    return "broke at %d" % i
print(finally_swallows())

def break_in_finally_counts():
    log = []
    i = 0
    while True:
        i += 1
        try:
            log.append("t%d" % i)
            if i < 3:
                continue
        finally:
            log.append("f%d" % i)
        break
    return log
print(break_in_finally_counts())

for q in []: pass
print("q defined:", "q" in dir())
for last in range(3): pass
print("last", last)
print(list(range(10, 0, -3)), list(range(0, 10, -1)), list(range(-5, -1)), list(range(5, 5)))
print(list(range(-1, -10, -4)), len(range(0, 100, 7)), range(0, 100, 7)[-1], range(10)[::-2], range(3, 20, 4)[1:3])
print(7 in range(1, 10, 3), 8 in range(1, 10, 3), range(0) == range(5, 5), list(reversed(range(1, 8, 2))))
pairs = [(1, "a"), (2, "b"), (3, "c")]
for idx, (num, ch) in enumerate(pairs, start=1):
    print(idx, num, ch, end="; ")
print()
for a, b, c in zip("xyz", range(10), [True, False]):
    print(a, b, c)
names, nums = zip(*pairs)
print(names, nums, list(zip()), dict(zip("ab", [1, 2, 3])))
for i, (a, *rest) in enumerate([[1, 2, 3], [4], [5, 6]]):
    print(i, a, rest)
it = iter(range(10))
for x in it:
    if x == 3:
        print("skipping", next(it))
print("leftover", list(it))
total = 0
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        total += 10 * i + j
    else:
        total += 1000
print("total", total)
