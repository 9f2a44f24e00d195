# set comprehensions and idioms
print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print({c for c in [3, 1, 3, 2, 1]})
seen = set()
out = []
for v in [5, 3, 5, 1, 3, 9, 1]:
    if v not in seen:
        seen.add(v)
        out.append(v)
print(out, seen)
print(len({i // 3 for i in range(30)}), sorted({-i for i in range(5)}))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(primes, len(primes))
evens = {n for n in range(30) if n % 2 == 0}
threes = {n for n in range(30) if n % 3 == 0}
print(evens & threes, sorted(evens ^ threes)[:5])
print(set(map(lambda v: v % 4, range(10))), set(filter(None, [0, 1, 0, 2])))
grid = {(r, c) for r in range(2) for c in range(2)}
print(sorted(grid), (1, 1) in grid, len(grid))
