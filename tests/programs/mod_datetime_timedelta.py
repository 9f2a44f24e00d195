# datetime.timedelta: normalisation of the components, str/repr, arithmetic with ints,
# floats and timedeltas, comparisons, total_seconds and the range errors.
from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(days=-1, seconds=5, microseconds=-3),
           timedelta(weeks=1, hours=1.5), timedelta(minutes=-1), timedelta(microseconds=1),
           timedelta(seconds=86399.9999995), timedelta(milliseconds=1.5), timedelta(0.5),
           timedelta(days=3, hours=-73), timedelta.max, timedelta.min, timedelta.resolution]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5, minutes=30), timedelta(minutes=45)
print(a + b, a - b, b - a, a * 2, 3 * b, a * 1.5, a / 4, a / b, a // b, a % b, divmod(a, b),
      a // 7, -a, +a, abs(-a), a / 2.5)
print(a > b, a == timedelta(seconds=19800), a != b, timedelta(0) == 0, bool(timedelta(0)),
      bool(b), hash(a) == hash(timedelta(seconds=19800)), sorted([a, b, -b]))
print(sum([timedelta(hours=h) for h in range(5)], timedelta()), max(a, b), min(a, b))
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) ==
      timedelta.max, timedelta(seconds=0.5) * 3, round(timedelta(seconds=1).total_seconds(), 3))
for kwargs in [dict(days=10**9), dict(days=-10**9), dict(days=10**10),
               dict(days=999999999, hours=24), dict(days="1"), dict(seconds=None),
               dict(hours=[1])]:
    try:
        print(timedelta(**kwargs))
    except (OverflowError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
for expr in [lambda: timedelta.max + timedelta(1), lambda: -timedelta.max - timedelta(2),
             lambda: a / 0, lambda: a // timedelta(0), lambda: a % timedelta(0),
             lambda: a + 1, lambda: a * "x", lambda: a < 5, lambda: timedelta.min * 2]:
    try:
        print(expr())
    except (OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
