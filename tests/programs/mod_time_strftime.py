# time.strftime: every C89 and common glibc directive on fixed times, flags, widths, errors
import time

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

directives = 'aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyY%'
times = [
    (2000, 1, 1, 0, 0, 0, 5, 1, 0),
    (2000, 12, 31, 23, 59, 59, 6, 366, 0),
    (2024, 2, 29, 12, 5, 9, 3, 60, 0),
    (2021, 1, 3, 13, 30, 0, 6, 3, 0),
    (2020, 12, 31, 11, 1, 60, 3, 366, 0),
    (1999, 7, 4, 1, 2, 3, 6, 185, 1),
    (5, 3, 1, 9, 9, 9, 2, 60, 0),
    (99, 1, 1, 0, 0, 0, 0, 1, 0),
    (-5, 6, 15, 18, 0, 0, 4, 166, 0),
    (12345, 10, 10, 10, 10, 10, 1, 283, 0),
]
for tm in times:
    print(tm)
    for d in directives:
        print('  %' + d, repr(time.strftime('%' + d, tm)))
g = time.gmtime(1234567890)
print(time.strftime('%Y-%m-%d %H:%M:%S %Z %z %a %j', g))
print(time.strftime('%c | %x | %X', time.gmtime(0)))
print(time.strftime('%s', g) == str(int(time.mktime(g))))
print(time.strftime('%z|%Z', time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'ABC', -5400))))
print(time.strftime('%z|%Z', time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'XYZ', 19800))))
print(repr(time.strftime('%z|', (2000, 1, 1, 0, 0, 0, 5, 1, -1))))
print(repr(time.strftime('%Z|', (2000, 1, 1, 0, 0, 0, 5, 1, -1))))
# Flags and widths as glibc reads them.
tm = (2000, 1, 3, 4, 5, 6, 0, 3, 0)
neg = (-5, 1, 3, 14, 5, 6, 0, 3, 0)
for f in ['%10Y', '%-5d', '%_5d', '%05e', '%^p', '%#p', '%^B', '%#A', '%#b', '%^a', '%-j', '%_j',
          '%3H', '%-H', '%_m', '%-m', '%-y', '%_y', '%010Y', '%5%', '%5n', '%^x', '%-C', '%3C',
          '%_3C', '%020d', '%_5G', '%3G', '%-I', '%_I', '%-l', '%0k', '%^c', '%8a', '%08a',
          '%-M', '%-S', '%_S', '%-e', '%-k', '%-U', '%-W', '%-V', '%-u', '%-w', '%-g', '%-z',
          '%Ey', '%EY', '%Ec', '%Ex', '%EX', '%EC', '%Od', '%Oe', '%OH', '%OI', '%Om', '%OM',
          '%OS', '%Ou', '%OU', '%OV', '%Ow', '%OW', '%Oy', '%Ea', '%Ob', '%E|', '%O', '%Q', '%-+',
          '%+Y', '%', 'abc%', '100%%', '%%Y', '%%%Y', '', 'plain text', 'é€😀 %Y']:
    print(repr(f), repr(time.strftime(f, tm)), repr(time.strftime(f, neg)))
# Week numbers around the new year.
for tm in [(2004, 12, 31, 0, 0, 0, 4, 366, 0), (2005, 1, 1, 0, 0, 0, 5, 1, 0),
           (2005, 1, 2, 0, 0, 0, 6, 2, 0), (2005, 1, 3, 0, 0, 0, 0, 3, 0),
           (2008, 12, 29, 0, 0, 0, 0, 364, 0), (2009, 12, 31, 0, 0, 0, 3, 365, 0),
           (2010, 1, 3, 0, 0, 0, 6, 3, 0), (2015, 12, 31, 0, 0, 0, 3, 365, 0),
           (2016, 1, 1, 0, 0, 0, 4, 1, 0), (2026, 12, 28, 0, 0, 0, 0, 362, 0)]:
    print(tm[:3], time.strftime('%U %W %V %G %g %u %w %j', tm))
# Out-of-range fields that are accepted: zero month/day/yday, second 61, weekday -1 or 13.
print(time.strftime('%m %d %j %S %a', (2000, 0, 0, 0, 0, 61, -1, 0, 0)))
print(time.strftime('%a %A', (2000, 1, 1, 0, 0, 0, 13, 1, 0)))
print(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 7)), time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, -7)))
# Errors.
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, 5, 6, 7)))
t(lambda: time.strftime('%Y', (2000, 13, 2, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, -1, 2, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 32, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, -1, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 24, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 60, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, 62, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, 5, -2, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, 5, 6, 367, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, 5, 6, -2, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, 5.0, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2000, 1, 2, 3, 4, '5', 6, 7, 0)))
t(lambda: time.strftime('%Y', (2 ** 31, 1, 2, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', (2 ** 70, 1, 2, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', [2000, 1, 2, 3, 4, 5, 6, 7, 0]))
t(lambda: time.strftime('%Y', None))
t(lambda: time.strftime(b'%Y'))
t(lambda: time.strftime())
t(lambda: time.strftime('%Y', (), 1))
t(lambda: time.strftime('a\0b', (2000, 1, 2, 3, 4, 5, 6, 7, 0)))
t(lambda: time.strftime('%Y', tm, x=1))
print(time.strftime('%Y', time.gmtime(0)), type(time.strftime('%H')).__name__)
