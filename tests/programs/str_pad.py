# center/ljust/rjust/zfill
for w in [0, 1, 5, 6, 7, 10]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)), repr('abc'.zfill(w)))
print(repr('ab'.center(7, '*')), repr('ab'.center(6, '*')), repr('abc'.center(6, '-')), repr('a'.center(4, '.')))
print(repr('x'.ljust(5, '_')), repr('x'.rjust(5, '0')), repr(''.center(3, '#')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '3.14'.zfill(8), '-'.zfill(3), ''.zfill(2), 'abc'.zfill(2), '--1'.zfill(5))
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'x'.ljust('5')
except TypeError as e:
    print(type(e).__name__, e)
for name, n in [('apple', 3), ('kiwi', 12), ('banana', 100)]:
    print('|' + name.ljust(8) + '|' + str(n).rjust(5) + '|' + name.center(10, '.') + '|')
