# Big-integer number theory: factorials, primes, modular arithmetic, RSA toy, continued fractions.
import math


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
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


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def isqrt_newton(n):
    if n < 0:
        raise ValueError("square root of negative number")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def pi_digits(n):
    """Machin's formula with integer arithmetic."""
    scale = 10 ** (n + 10)

    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)


f100 = math.factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), str(f100).count("0"), len(str(f100)) - len(str(f100).rstrip("0")))
print(2 ** 200, -(2 ** 200) // 3, -(2 ** 200) % 7, divmod(-10 ** 30, 997))
print(f"{2 ** 100:,}", f"{3 ** 50:_}", f"{-7 ** 21:>40}", f"{10 ** 25:e}", f"{2 ** 70:x}")
m61 = 2 ** 61 - 1
print([n for n in range(2, 130) if is_probable_prime(2 ** n - 1)][:10], is_probable_prime(m61))
print([p for p in range(10 ** 12, 10 ** 12 + 200) if is_probable_prime(p)])
print(egcd(240, 46), egcd(2 ** 64 + 1, 3 ** 40), math.gcd(2 ** 64 + 1, 3 ** 40), math.gcd(12, 18, 30))
p, q = 1000000007, 998244353
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("rsa n =", n, "d =", d)
for msg in (42, 123456789, n - 1):
    c = pow(msg, e, n)
    print(msg, c, pow(c, d, n) == msg)
print(pow(3, -1, 11), pow(2, 10 ** 18, 10 ** 9 + 7), pow(-3, 3), pow(2, -2))
try:
    modinv(6, 9)
except ValueError as ex:
    print(ex)
for k in (10, 99, 10 ** 40, 2 ** 127 + 12345):
    r = isqrt_newton(k)
    print(k, r, r == math.isqrt(k), r * r <= k < (r + 1) ** 2)
print(pi_digits(60))
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(len(fib) - 1, fib[-1] % 10 ** 15, fib[-1].bit_length())
print(math.comb(100, 50), math.perm(20, 10), math.lcm(*range(1, 31)))
x = 1
for i in range(1, 40):
    x = x * (2 * i - 1)
print(x, x.bit_length(), x.to_bytes(24, "big").hex()[:20], int.from_bytes(b"\x01\x00" * 5, "little"))
cf = []
a, b = 415, 93
while b:
    cf.append(a // b)
    a, b = b, a % b
print("cf 415/93:", cf)
def sqrt2_convergents(k):
    h0, h1, k0, k1 = 1, 1, 0, 1
    for _ in range(k):
        h0, h1 = h1, 2 * h1 + h0
        k0, k1 = k1, 2 * k1 + k0
        yield h1, k1
conv = list(sqrt2_convergents(60))
print(conv[-1], f"{conv[-1][0] / conv[-1][1]:.15f}", math.sqrt(2))
print(sum(1 for h, k in conv if len(str(h)) > len(str(k))))
print(abs(-10 ** 50), (10 ** 50).__neg__(), int(-12.9), int(1e20), round(10 ** 20 / 3), float(2 ** 80))
print(10 ** 400 // 10 ** 399, (10 ** 400) % 12345, 7 ** 7 ** 2 % 1000, hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
print(float(10 ** 400))
