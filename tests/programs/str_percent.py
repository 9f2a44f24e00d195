# % formatting
print('%s and %s' % ('a', 'b'), '%r' % 'q', '%s' % 42, '%s' % [1, 'x'], '%r' % [1, 'x'])
print('%d %i %d' % (42, -7, 3.99), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%f %.2f %5.2f %-8.3f| %08.2f %+.1f' % (3.14159, 3.14159, 3.14159, 2.5, -3.14159, 2.25))
print('%e %E %.3e %g %G %g %g %g' % (12345.678, 0.000123, 1.5, 1e-5, 1e20, 123456.0, 1234567.0, 0.0001))
print('%x %X %o %#x %#X %#o %x' % (255, 255, 8, 255, 255, 8, -255))
print('%c%c%c' % (72, 'i', 33), '%%', '100%%' % ())
print('%-10s|%10s|%.2s|%-6r|' % ('left', 'right', 'truncate', 'r'))
print('%(name)s is %(age)d years, %(name)r' % {'name': 'Bob', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % (('tuple',),), '%s' % {'a': 1}, '%d%%' % 50)
print('%5s|%-5s|' % ('toolong', 'x'), '%.0f %.0f %.0f' % (0.5, 1.5, 2.5))
print('%d' % True, '%s' % None, '%s %s' % (True, 1.0), '%r' % 1.0, '%i' % 10 ** 20, '%x' % 2 ** 70)
print('%.3g|%10.4f|%-10.1e|' % (3.14159, 2.0, 12345.6789))
for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%c', 'ab')]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print('%(k)s' % {'x': 1})
except KeyError as e:
    print(type(e).__name__, e)
