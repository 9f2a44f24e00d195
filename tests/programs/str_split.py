# split, rsplit, join, splitlines
s = '  the quick  brown\tfox\n jumps  '
print(s.split())
print(s.split(' '))
print(s.split(None, 2))
print(s.rsplit(None, 2))
print(s.split(maxsplit=1), s.rsplit(maxsplit=1))
print('a,b,,c,'.split(','))
print('a,b,,c,'.split(',', 2), 'a,b,,c,'.rsplit(',', 2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1))
print(''.split(), ''.split(','), '   '.split(), ' '.split(' '))
print('abc'.split('abc'), 'xabcx'.split('x'), 'aaa'.split('a'), 'aaaa'.split('aa'))
print('1 2 3'.split(' ', 0), '1 2 3'.split(' ', -1))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ', '.join(str(i) for i in range(5)))
print(' '.join(('one',)), '\n'.join(['l1', 'l2']).split('\n'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
text = 'line1\nline2\r\nline3\rline4\n\nline6\n'
print(text.splitlines())
print(text.splitlines(True))
print(text.split('\n'))
print(''.splitlines(), 'x'.splitlines(), '\n'.splitlines(), 'a\x0bb\x0cc\x1cd'.splitlines())
print('a b'.split(None), 'a\u3000b'.split())
words = 'the cat sat on the mat'.split()
print(len(words), words.count('the'), sorted(words), ' '.join(reversed(words)))
