import math

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i :: i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

ps = sieve(200)
print(len(ps), ps[:15], ps[-3:], sum(ps))
print(math.gcd(462, 1071), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(), math.gcd(12, 18, 27))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5))
for n in (20, 50, 100):
    f = math.factorial(n)
    print(n, len(str(f)), sum(int(d) for d in str(f)), f % 1000003, str(f)[:20])
big = 2**200 - 1
print(big, big.bit_length(), (big + 1).bit_length(), (-big).bit_length(), (0).bit_length())
print(big.bit_count() if hasattr(big, "bit_count") else None, (255).bit_count())
for x in (0, 1, 255, 256, 65535, -1, -129):
    try:
        b = x.to_bytes(2, "big", signed=True)
        print(x, b, int.from_bytes(b, "big", signed=True), x.to_bytes(4, "little", signed=True))
    except OverflowError as e:
        print(x, "OverflowError:", e)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(big.to_bytes(25, "big").hex())
for v in (0, 5, -5, 255, 1 << 70, -(1 << 70)):
    print(bin(v), oct(v), hex(v), f"{v:#010b}" if abs(v) < 256 else f"{v:x}", format(v, "_x"), format(v, ","))
print(int("ff", 16), int("0x1F", 0), int("0b101", 0), int("0o17", 0), int("z", 36), int("  -42  "), int("1_000_000"))
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, 1000000007), pow(-3, 3), pow(2, -2), pow(7, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17 % -5, divmod(10**30 + 7, 10**15))
print(math.isqrt(10**40 + 12345), math.isqrt(99), math.comb(52, 5), math.perm(10, 3), math.comb(100, 50))
print(math.prod(range(1, 21)), math.prod([]), math.prod([2, 3], start=5))
print(7 >> 1, -7 >> 1, 1 << 100, -1 << 3, 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, ~-1)
print((1 << 64) - 1 & 0xFFFF, (-(1 << 64)) >> 60, (1 << 100) // 3, (1 << 100) % 97, -(1 << 100) // 7)

def digit_sum_pow(base, exp):
    return sum(map(int, str(base**exp)))

print(digit_sum_pow(2, 1000), digit_sum_pow(3, 333), len(str(7**777)))
n = 600851475143
factors = []
d = 2
while d * d <= n:
    while n % d == 0:
        factors.append(d)
        n //= d
    d += 1
if n > 1:
    factors.append(n)
print(factors)
print(int(True) + True, True * 10, abs(-10**25), round(123456, -3), round(-125, -1), round(135, -1))
print(int.__name__, (10).real, (10).imag, (10).numerator, (10).denominator, (10).conjugate(), (7).as_integer_ratio())
print(sys_max := 2**63 - 1, sys_max + 1, -sys_max - 2, hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
