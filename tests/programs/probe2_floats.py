import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
for x in (2.5, -2.5, 3.7, -3.7, 0.0, -0.0, 1e20):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x), round(x, 1))
for x in (1.0, 8.0, 0.3, -5.5, 1e-300, 0.0):
    m, e = math.frexp(x)
    print(x, (m, e), math.ldexp(m, e), math.ldexp(1, -1074))
print(math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5), math.hypot(), math.hypot(-7), math.dist((0, 0, 0), (1, 2, 2)))
for x in (1.0, 0.1, -2.5, 1e300, 3.14159, 0.0, -0.0, 2**-1074):
    h = x.hex()
    print(h, float.fromhex(h) == x, x.as_integer_ratio(), x.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"))
reprs = [0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1.5e-5, 1e-4, 0.0001234, 1e22, 1e23,
         5e-324, 1.7976931348623157e308, 100.0, 12345678901234567890.0, -0.0, 9007199254740993.0]
for r in reprs:
    print(repr(r), str(r), f"{r:e}", f"{r:g}", f"{r:.3g}", f"{r:.2%}" if abs(r) < 1e10 else "-")
print(format(1234.5678, "e"), format(1234.5678, ".2e"), format(0.000012345, "g"), format(123456789.0, "g"), format(0.5, "%"), format(0.12345, ".1%"))
print(format(1234567.891, ",.2f"), format(1234567.891, "_.1f"), format(-3.5, "+08.2f"), format(3.5, " .3f"), format(2.0, "#.0f"), format(1e6, ".0e"))
print(format(float("nan"), "f"), format(float("inf"), "e"), format(-float("inf"), "g"), format(1.5, "10.3G"), format(1e-20, "G"))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1.23456, 3), round(1e300, -299), round(15.0, -1))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi), math.tan(math.pi / 4), math.atan2(-1, -1), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3), -7 % 3.0, math.remainder(7, 3), math.modf(-3.25), divmod(7.5, 2))
print(math.inf, -math.inf, math.nan, math.isinf(1e308 * 10), math.isnan(math.inf - math.inf), math.isfinite(1e308), math.e, math.tau)
print(float("1e500"), float("-0"), float("  3.25  "), float("1_000.5"), float("nan") == float("nan"), float("Infinity"))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** -2, 2 ** 0.5, (-8) ** (1 / 3), 0.0 ** 0, pow(2.0, -1), 7 / 2, 7 // 2.0, -7 // 2.0, 1e308 * 10)
print(float(10**20), float(2**53 + 1), int(1e20), 1e20 == 10**20, 2**53 + 1 == float(2**53 + 1), 0.1 < 1 / 3 < 0.5)
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)), sorted([3.5, -1, 2, 1e-3, -0.0, 0]))
print(math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.factorial(10) / 3)
print(sum(i * 0.1 for i in range(10)), math.fsum(i * 0.1 for i in range(10)), max(1, 2.0), min(-0.0, 0.0), abs(-0.0))
