# int/float arithmetic edge cases
import math
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -1), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
fp = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (5.0, 0.3), (-1e-20, 1.0)]
for a, b in fp:
    print(a, b, a // b, a % b, divmod(a, b))
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(5, 0, 1), pow(-3, 3, 7), pow(3, 4, -5))
print(pow(2, 10), pow(2, -2), pow(-8, 1/3) if False else "skip", 2 ** -1, (-2) ** 3, 0 ** 0)
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5]:
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(1234.5678, -2), round(1234.5678, 1), round(5, 2), type(round(5, 2)).__name__)
print(int("ff", 16), int("0xff", 16), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -42  "))
print(int("1_000_000"), int("10", 2), int("777", 8), int(3.99), int(-3.99), int(True))
for bad in ["", "1.5", "0x", "12a", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(inf + inf, inf - inf, inf * 0, 1 / inf, -inf, abs(-inf), math.isnan(inf - inf))
print(math.isinf(inf), math.isfinite(1e308), 1e308 * 10, -1e308 * 10)
print(float("1e500"), float("-0"), float(" 3.5 "), float("1_0.5"), float("Infinity"), float("-nan"))
print(max(1, nan), min(nan, 1), sorted([3, 1, 2]))
big = 2 ** 100
print(big, big * big, big // 3, big % 1000007, -big // 7, -big % 7)
print(big.bit_length(), (big - 1).bit_length(), (-big).bit_length(), 0 .bit_length())
print(10 ** 30 // 10 ** 15, 10 ** 30 / 10 ** 15, (10 ** 30 + 1) / 10 ** 30)
print(math.factorial(30), math.gcd(2 ** 64, 6 ** 20), math.isqrt(10 ** 40 + 1))
print(int(1e20), int(1.5e20), float(2 ** 63), float(10 ** 20) == 1e20)
print(hex(-255), oct(-8), bin(-5), hex(big), abs(-big))
print(1 << 70, (1 << 70) >> 69, -1 >> 3, -17 >> 2, ~5, ~-1, 5 & -2, -5 | 3, -5 ^ 3)
print(7 // 0.5, 7 % 0.5, -7 % 0.75, math.fmod(-7, 3), -7 % 3)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e16 + 1, 2 ** 53 + 1.0)
print(3 * 1.1, 1.1 * 3, 10 / 4, 10 // 4, -10 / 4, 9 ** 0.5, 2 ** 0.5)
print((2.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio())
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
for e in [lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 2 ** 10000 * 1.0, lambda: pow(0, -1)]:
    try:
        print(e())
    except (ZeroDivisionError, OverflowError) as ex:
        print(type(ex).__name__, ex)
print(True + True, True * 3, False - 1, 3 / True, divmod(True, 2))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 1j ** 2)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), math.ceil(2.0000001))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e300 * 1e300, -(1e300 * 1e300))
print(hash(1) == hash(1.0), hash(-1), hash(2 ** 61 - 1), hash(0.5), 1 == 1.0 == True)
print(str(10 ** 25), repr(-10 ** 25), len(str(3 ** 500)), str(3 ** 500)[:20])
print(8 % -3, -8 % 3, 8 // -3, -8 // 3, 8.0 // -3, -8.0 % 3)
