# Numeric statistics on floats: mean/median/stdev, regression, histogram, fsum, rounding, float internals.
import math


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed / 2 ** 64


def mean(xs):
    return math.fsum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        raise ValueError("median of empty data")
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def variance(xs, sample=True):
    m = mean(xs)
    return math.fsum((x - m) ** 2 for x in xs) / (len(xs) - (1 if sample else 0))


def stdev(xs):
    return math.sqrt(variance(xs))


def quantile(xs, q):
    s = sorted(xs)
    pos = (len(s) - 1) * q
    lo = math.floor(pos)
    hi = math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def linregress(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    slope = sxy / sxx
    return slope, my - slope * mx, sxy / math.sqrt(sxx * syy)


rng = lcg(2024)
uniform = [next(rng) for _ in range(1000)]
normalish = [sum(next(rng) for _ in range(12)) - 6 for _ in range(1000)]
for name, data in (("uniform", uniform), ("normal", normalish)):
    print(f"{name:8} n={len(data)} mean={mean(data):+.6f} median={median(data):+.6f} sd={stdev(data):.6f} "
          f"min={min(data):+.4f} max={max(data):+.4f} q1={quantile(data, .25):+.4f} q3={quantile(data, .75):+.4f}")
bins = [0] * 10
for x in normalish:
    idx = min(9, max(0, int((x + 3) / 0.6)))
    bins[idx] += 1
for i, c in enumerate(bins):
    lo = -3 + i * 0.6
    print(f"[{lo:+.1f}, {lo + 0.6:+.1f}) {c:4d} {'#' * (c // 8)}")
xs = [float(i) for i in range(50)]
ys = [3.5 * x - 7 + (next(rng) - 0.5) * 4 for x in xs]
slope, icpt, r = linregress(xs, ys)
print(f"slope={slope:.5f} intercept={icpt:.5f} r={r:.7f}")
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), abs(0.1 + 0.2 - 0.3) < 1e-15, 0.1 + 0.2)
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (0.75).hex(), float.fromhex("0x1.8p1"), (3.0).is_integer())
print(divmod(7.5, 2), divmod(-7.5, 2), -7.5 % 2, 7.5 // -2, math.fmod(-7.5, 2), math.remainder(7.5, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(3.5), round(2.5), int(-2.9))
print(math.inf > 1e308, -math.inf < -1e308, math.isnan(math.nan), math.nan == math.nan, math.inf - math.inf)
print(1e308 * 10, -1e308 * 10, 5e-324 / 2, 2.0 ** -1074, float("1e-400"), 1.7976931348623157e308)
print(math.sqrt(2) ** 2, math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(math.pi), math.cos(math.pi / 3), math.atan2(1, -1), math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.frexp(40.0), math.ldexp(0.625, 6), math.modf(-3.75), math.gamma(5.5))
print(f"{math.e:.30f}", f"{1e-7:.3e}", f"{123.456:10.2f}|", f"{-0.0:+.1f}", f"{2 ** 0.5:.17g}")
print(repr(1 / 3), str(2 / 3), 1e15 + 0.3, 1e16 + 1, 123e-20, 4.35 * 100, 1.1 * 1.1, 3 * 1.1)
print(float("  -12.5e2 "), float("inf"), float("-Infinity"), float("nan") != float("nan"), float(True))
print(sorted([3.2, -1.0, float("inf"), 0.0, -0.0, 2]), max(1, 1.0), min(-0.0, 0.0), 2 ** 0.5 > 1.414)
print(int(1e18), int(-1e18) == -10 ** 18, float(2 ** 53 + 1) == 2 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(1e100) == hash(int(1e100)), 10 ** 20 == 1e20)
cum = 0.0
for i in range(1, 11):
    cum += 1 / i ** 2
    print(f"{i:2d} {cum:.12f} {math.sqrt(6 * cum):.12f} err={math.pi - math.sqrt(6 * cum):.3e}")
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: median([]), lambda: 1 / 0.0, lambda: math.exp(1000),
            lambda: float("abc"), lambda: int(float("nan")), lambda: int(math.inf), lambda: 10.0 ** 400):
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
print(round(1e300 * 1e10))
