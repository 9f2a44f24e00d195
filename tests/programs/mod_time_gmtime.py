# time.gmtime/asctime/ctime on fixed timestamps, localtime/mktime consistency, errors
import time

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

stamps = [0, 1, -1, 59, 86399, 86400, -86400, 951782400, 951868800, 946684799, 946684800,
          1078012800, 1709164800, 1709251199, 2147483647, 2147483648, -2147483648,
          4107542400, 253402300799, 253402300800, -62135596800, -62135596801, -12219292800,
          10 ** 12, -10 ** 12, 1.5, -1.5, 0.999, -0.001, 1e9, True]
for s in stamps:
    g = time.gmtime(s)
    print(s, tuple(g), time.asctime(g))
print(time.gmtime(67768036191676799))
print(time.gmtime(-67768040609740800))
t(lambda: time.gmtime(67768036191676800))
t(lambda: time.gmtime(-67768040609740801))
t(lambda: time.gmtime(10 ** 20))
t(lambda: time.gmtime(1e300))
t(lambda: time.gmtime(float('inf')))
t(lambda: time.gmtime(float('nan')))
t(lambda: time.gmtime('x'))
t(lambda: time.gmtime([]))
t(lambda: time.gmtime(1, 2))
t(lambda: time.gmtime(secs=1))
print(type(time.gmtime()).__name__, len(time.gmtime(None)), time.gmtime(None).tm_year >= 2024)
# Leap years: February 29 and day of year 366.
for y in (1900, 1996, 2000, 2023, 2024, 2100, 2400):
    start = (y - 1970) * 365 * 86400
    g = time.gmtime(start)
    while g.tm_year < y:
        start += 86400
        g = time.gmtime(start)
    while g.tm_year > y:
        start -= 86400
        g = time.gmtime(start)
    start -= (g.tm_yday - 1) * 86400
    first = time.gmtime(start)
    last = time.gmtime(start + 365 * 86400)
    print(y, tuple(first), last.tm_year, last.tm_yday, time.gmtime(start + 59 * 86400)[:3])
# asctime/ctime formats and argument checks.
print(time.asctime((2000, 1, 3, 4, 5, 6, 0, 3, 0)))
print(time.asctime((12345, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((-5, 7, 4, 0, 0, 0, 16, 1, -1)))
print(time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)))
t(lambda: time.asctime((2000, 13, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2000, 1, 32, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2000, 1, 1, 24, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2000, 1, 1, 0, 60, 0, 0, 1, 0)))
t(lambda: time.asctime((2000, 1, 1, 0, 0, 62, 0, 1, 0)))
t(lambda: time.asctime((2000, 1, 1, 0, 0, 0, -2, 1, 0)))
t(lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 367, 0)))
t(lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 1)))
t(lambda: time.asctime([2000, 1, 1, 0, 0, 0, 0, 1, 0]))
t(lambda: time.asctime((2000.0, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((2 ** 31, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((-2 ** 31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime((10 ** 30, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime('abcdefghi'))
t(lambda: time.asctime(1, 2))
print(type(time.asctime()).__name__, len(time.ctime()) >= 24, type(time.ctime(None)).__name__)
# localtime agrees with gmtime shifted by its own offset, whatever the zone.
for s in (0, 951782400, 1709164800, 2147483647, -1000000000, 1720000000):
    lt = time.localtime(s)
    shifted = time.gmtime(s + lt.tm_gmtoff)
    print(s, tuple(lt)[:8] == tuple(shifted)[:8], lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__,
          time.mktime(lt) == s, time.ctime(s) == time.asctime(lt))
print(time.mktime(time.localtime(1234567890)), type(time.mktime(time.localtime(0))).__name__)
t(lambda: time.mktime((2000, 1, 1, 0, 0, 0, 0, 1)))
t(lambda: time.mktime((10 ** 10, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime((2000, 1.5, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime(5))
t(lambda: time.mktime())
t(lambda: time.localtime(float('nan')))
t(lambda: time.localtime('1'))
t(lambda: time.ctime('1'))
# The zone attributes exist with the right types.
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1),
      type(time.tzname).__name__, len(time.tzname))
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
t(lambda: time.get_clock_info('nope'))
