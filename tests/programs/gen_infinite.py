# Infinite generators consumed partially; generator pipelines
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out
print(take(20, primes()))
def mapgen(f, it):
    for v in it:
        yield f(v)
def filtergen(p, it):
    for v in it:
        if p(v):
            yield v
pipeline = mapgen(lambda x: x * x, filtergen(lambda x: x % 3 == 0, naturals(1)))
print(take(8, pipeline))
print(take(4, pipeline))
def cycle(seq):
    while True:
        yield from seq
c = cycle("abc")
print("".join(next(c) for _ in range(10)))
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[-5:], len(list(collatz(27))))
def windows(it, k):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(take(4, windows(naturals(), 3)))
z = zip(naturals(), "xyz")
print(list(z))
def pi_digits_approx():
    total, sign, k = 0.0, 1.0, 1
    while True:
        total += sign * 4.0 / k
        sign, k = -sign, k + 2
        yield total
approx = pi_digits_approx()
for i, v in enumerate(approx):
    if i == 999:
        print(round(v, 4))
        break
for n in naturals(10):
    if n * n > 200:
        print("first square over 200:", n)
        break
