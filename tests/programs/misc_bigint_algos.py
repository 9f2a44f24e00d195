# algorithms over big ints and builtins
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(300))
print(len(str(fib(1000))), sum(int(d) for d in str(fib(500))))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(sum(map(int, str(f100))), len(str(f100)) - len(str(f100).rstrip('0')))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(200)
print(ps, len(ps), sum(ps))
def is_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(2 ** 61 - 10, 2 ** 61) if is_prime(n)], is_prime(2 ** 127 - 1), is_prime(2 ** 128 + 1))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(2 * 10 ** 60), str(isqrt(2 * 10 ** 100))[:30])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(fib(120), fib(80)), fib(gcd(120, 80)), gcd(2 ** 100 - 1, 2 ** 60 - 1) == 2 ** 20 - 1)
print(hex(fib(200)), bin(fact(20)).count('1'), (fact(30) >> 20) & 0xffff)
