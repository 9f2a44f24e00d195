# findall, finditer, scanner and re.Scanner.
import re

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\d)(\w)', 'a1b2c3d'), re.findall(r'(\d)\w', '1a2b'))
print(re.findall(r'(a)|(b)', 'abc'), re.findall(r'(a)(x)?', 'aa'), re.findall('', 'abc'))
print(re.findall(r'a*', 'baaac'), re.findall(r'a*?', 'baa'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'x*', ''), re.findall(r'^', 'a\nb', re.M))
print(re.findall(r'$', 'a\nb\n', re.M), re.findall(r'\w*', 'ab cd'))
p = re.compile(r'\w')
print(p.findall('abcdef', 2), p.findall('abcdef', 1, 4), p.findall('abc', 5), p.findall('abc', endpos=-1))
print(p.findall(string='xy'))

for m in re.finditer(r'(\w)(\d)?', 'a1 b c3'):
    print(m.span(), m.groups(), m.group(0))
print([m.span() for m in re.finditer('', 'ab')], [m.group() for m in re.finditer(r'a|(?=b)', 'abab')])
print([m.span() for m in re.finditer(r'\d*', '12a34')])
it = re.compile('o').finditer('foo boo', 2, 6)
print(next(it), next(it), next(it, 'end'))
print(type(it).__name__, iter(it) is it)
print(list(re.finditer('x', 'abc')))

sc = re.compile(r'\d+').scanner('12 345 6')
print(type(sc).__name__, sc.pattern)
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'[a-z]').scanner('abc1d')
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.match(), sc.search())
sc = re.compile(r'a*').scanner('baa', 1)
print(sc.search(), sc.search(), sc.search())

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+(?:\.\d*)?', lambda s, tok: ('NUM', float(tok) if '.' in tok else int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * (y1 + 42) $ rest'))
print(re.Scanner([(r'a', 'A'), (r'b', 'B')]).scan('abba!'))

# Overlapping candidates and long subjects.
s = 'ab' * 1000 + 'abc'
print(len(re.findall('ab', s)), re.search('abc', s).span(), len(re.findall(r'(?:ab)+c', s)))
words = ' '.join('w%d' % i for i in range(2000))
print(len(re.findall(r'\bw\d*7\b', words)), re.findall(r'w19\d\d', words)[:3])
