# Small algorithms stressing loops, indexing and recursion
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60))
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 5, 7, 9, 11]
print([bsearch(a, x) for x in range(13)])
def qsort(xs):
    if len(xs) <= 1:
        return xs
    p, *rest = xs
    return qsort([x for x in rest if x < p]) + [p] + qsort([x for x in rest if x >= p])
print(qsort([5, 2, 9, 1, 5, 6, 0, -3, 8]))
def perms(xs):
    if not xs:
        return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
print(perms([1, 2, 3]))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(4, "A", "B", "C", []))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
grid = [[0] * 5 for _ in range(5)]
for i in range(5):
    for j in range(5):
        grid[i][j] = 1 if i == 0 or j == 0 else grid[i - 1][j] + grid[i][j - 1]
for row in grid:
    print(" ".join(f"{v:3}" for v in row))
def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))] for i in range(len(A))]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
total = 0
for i in range(100000):
    total += i * i % 7
print(total)
