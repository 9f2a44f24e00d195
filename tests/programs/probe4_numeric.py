# Numeric semantics
import math

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d2 = {True: "a", 1: "b", 1.0: "c", 0: "x", False: "y", 0.0: "z"}
print(d2)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash(2 ** 61 - 1), hash(-1), hash(-2))
print(hash(1.5), hash(0.5), hash(-1.5), hash(10 ** 20), hash(float(10 ** 20)) == hash(10 ** 20))
print({1, 1.0, True}, {0, 0.0, -0.0, False})
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), -0.0 + 0.0, 0.0 * -1)
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), nan in [nan], {nan: 1}.get(nan))
print([float("nan")] == [float("nan")], nan != nan, math.isnan(nan), {nan, nan}.__len__())
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True, "a" < "b" < "c", 1 < 2 > 0 != 5)
x = 5
print(0 <= x < 10, 0 <= x <= 4, (x < 6) is True, 2 < x in [5])
print(1 + 2.0, 3 * 1j, 2 ** -1, 2 ** 0.5, (1 + 2j) * (3 - 4j), (1 + 2j) / 2, 10 / 4, 10 // 4)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(1, 0.3))
print(-0.0 % 5, 0.0 % -5, 5 % float("inf"), -5 % float("inf"), math.fmod(-7, 3))
print([round(v) for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(-0.4), type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(10 ** 20 + 5, -1))
print(int(2.9), int(-2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int("-0"))
print(True + True, True * 3.0, -True, ~True, True / 2, abs(-3 + 4j), abs(-0.0))
big = 2 ** 1000
print(len(str(big)), str(big)[:30], str(big)[-30:])
f1000 = math.factorial(450)
s = str(f1000)
print(len(s), s[:20], s[-20:].count("0"), sum(int(c) for c in s))
n = 7 ** 1200
print(len(str(n)), str(n)[::97])
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7), pow(-2, 3), (-2) ** 0.5)
print((10 ** 30) // 7, (10 ** 30) % 7, -(10 ** 30) // 7, (-10 ** 30) % 7, divmod(-10 ** 25, 3 ** 20))
print(10 ** 30 / 10 ** 10, 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(int(1e20), float(2 ** 70), int("9" * 50) + 1, -(2 ** 64) >> 3, (2 ** 64) << 5, 2 ** 64 & 0xFFFF, ~(2 ** 70))
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40 + 1), (2 ** 100).bit_length(), (255).to_bytes(2, "big"))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), sum([0.1] * 10), math.fsum([0.1] * 10))
print(float("1e308") * 10, -float("inf"), float("inf") - float("inf"), 1e-320, 5e-324 / 2)
print(max(1, 1.0), max(1.0, 1), min(True, 1), sorted([3, 1.5, True, -0.0, 0]), max([], default=None))
print(3 .real, (3.5).imag, (1 + 2j).conjugate(), (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(7 .__truediv__(2), (7).__floordiv__(0.5), int.__add__(1, 2), (5).__rsub__(2), (1.5).is_integer())
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZDE:", e)
for expr in ("1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0.0)", "0 ** -1", "10 ** 400 * 1.0", "math.sqrt(-1)"):
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
