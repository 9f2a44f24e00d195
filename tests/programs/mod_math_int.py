# math: integer functions
import math
print([math.factorial(i) for i in range(11)], math.factorial(30), math.factorial(0))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(), math.gcd(12, 18, 8))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(), math.lcm(2, 3, 4), math.lcm(2 ** 40, 3 ** 20))
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 40), math.isqrt(2 ** 127))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10))
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), math.floor(10 ** 20), math.ceil(7), math.floor(True))
print(math.factorial(20) == math.prod(range(1, 21)), math.comb(6, 3) == math.perm(6, 3) // math.factorial(3))
print(type(math.gcd(4, 6)).__name__, type(math.isqrt(9)).__name__, type(math.factorial(3)).__name__)
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.comb(-1, 2),
            lambda: math.perm(3, -1), lambda: math.gcd(2.0, 4), lambda: math.comb(5.0, 2)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
