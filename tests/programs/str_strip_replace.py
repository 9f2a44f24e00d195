# strip family, replace with count, removeprefix/suffix
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixyx'.strip('xy'), 'xxhixyx'.lstrip('x'), 'xxhixyx'.rstrip('yx'), '...a.b...'.strip('.'))
print(repr('aaa'.strip('a')), repr(''.strip()), 'abc'.strip(''), 'www.example.com'.strip('cmowz.'))
print('hello'.strip(None), '  x  '.lstrip(None))
print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'c'), 'aaaa'.replace('a', 'b', 0))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'abc'.replace('x', 'y'))
print('hello world'.replace('o', '0').replace('l', '1'), 'a.b.c'.replace('.', ''), 'aaa'.replace('a', 'aa', -1))
print('spam'.removeprefix('sp'), 'spam'.removeprefix('x'), 'spam'.removesuffix('am'), 'spam'.removesuffix('spamx'))
print('Mississippi'.replace('ss', 'SS', 1), 'Mississippi'.replace('i', ''))
print('tab\there'.expandtabs(), 'tab\there'.expandtabs(4), 'a\tbc\tdef\tg'.expandtabs(3), '\t'.expandtabs(0), repr('ab\n\tc'.expandtabs(2)))
print(repr('x\ty'.expandtabs(1)), len('12345678\t'.expandtabs()))
