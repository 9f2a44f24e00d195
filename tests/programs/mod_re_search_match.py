# match / search / fullmatch with positions, anchors and character classes.
import re

p = re.compile(r'\d+')
s = 'ab12cd345ef'
print(p.match(s), p.search(s), p.fullmatch(s), p.fullmatch('123'))
print(p.match(s, 2), p.match(s, 2, 3), p.search(s, 4), p.search(s, 4, 7), p.search(s, 9))
print(p.search(s, -5), p.search(s, 100), p.search(s, 5, 2), p.match(s, pos=6, endpos=8))
print(p.search(string=s), p.fullmatch(s, 2, 4), p.fullmatch(s, 2, 5))
m = p.search(s, 3, 8)
print(m.pos, m.endpos, m.string, m.re is p, m.span())
m = p.search(s, -3, 1000)
print(m.pos, m.endpos)

# Anchors.
t = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', t), re.findall(r'(?m)^\w+', t))
print(re.findall(r'\w+$', t), re.findall(r'(?m)\w+$', t))
print(re.search(r'\Athird', t), re.search(r'line\Z', t), re.search(r'third\Z', t))
print(re.search('a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search('(?m)a$', 'a\nb'))
print(re.compile('^b').match('ab', 1), re.compile('^b').search('ab', 1), re.compile('(?m)^b').search('a\nb', 1))
print(re.compile('a$').match('ab', 0, 1), re.compile(r'a\Z').match('ab', 0, 1))
print(re.findall(r'\bfoo\b', 'foo foobar barfoo (foo)'), re.findall(r'\Bfoo\B', 'afoob foo'))
print(re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'\b', 'a'), re.search(r'\B', 'a'))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'\Bb').search('ab', 1))

# Dot and DOTALL.
print(re.match('.+', 'ab\ncd'), re.match('(?s).+', 'ab\ncd'), re.match('.', '\n'))
print(re.findall('.', 'a\u2028b\r'))

# Character classes.
print(re.findall('[a-c]+', 'abcdcba'), re.findall('[^a-c]+', 'abcxyzcba'))
print(re.findall(r'[\d.]+', 'v1.2.3 and 4'), re.findall(r'[\w-]+', 'a-b c_d'))
print(re.findall('[]a]', 'a]b'), re.findall('[^]a]', 'a]b'), re.findall('[a-]', 'a-b'))
print(re.findall(r'[\]\\]', 'a]b\\c'), re.findall('[\\^x]', 'x^y'))
print(re.findall(r'[\s\S]', 'a b'), re.findall(r'[^\W\d]+', 'ab12_cd'))
print(re.findall('[α-ω]+', 'abc αβγ xyz ω'), re.findall('[\u0100-\u017f]+', 'aĀāĂxſ'))
print(re.findall('[\U0001F600-\U0001F64F]', 'hi 😀 there 🙏!'))
print(re.findall(r'[\x00-\x1f]', 'a\tb\x01'), re.findall(r'\x41\u0042\U00000043\101\0', 'ABCA\x00'))
print(re.findall(r'[ac-eg]', 'abcdefgh'), re.findall('[ĀĂĄĆĈĊČĎĐĒ]', 'ĀāĂăĄąĆćĈ'))
print(re.findall(r'(?i)[ĀĂĄĆĈĊČĎĐĒ]', 'ĀāĂăĄąĆćĈ'))
print(re.findall(r'\D+', 'ab12cd'), re.findall(r'\S+', ' a b '), re.findall(r'\W+', 'a, b!'))
print(re.findall(r'[^\d\s]+', 'a1 b2'), re.findall(r'[\D]', '1a2'))

# Literal prefixes and the search fast paths.
text = 'xxabcabcabdxxabcabdyy'
print(re.search('abcabd', text), re.findall('abcab[cd]', text), re.search('abd', text))
print(re.search('aab', 'aaab'), re.search('abab', 'abaabab'), re.search('ababc', 'ababababc'))
print(re.search('a', ''), re.search('', ''), re.compile('').search('abc', 3), re.compile('').match('abc', 5))
print(re.search('[xy]z', 'aaxzb'), re.search('(?:[xy])+z', 'aayxzb'))
print(re.search('b{3}', 'abbabbbab'), re.search('(ab){2}c', 'ababababc'))
print(re.search('x*', 'aaa'), re.search('a|b', 'cccb'), re.search('c(?=d)', 'ccd'))

# fullmatch backtracks to cover the whole string.
print(re.fullmatch('a|ab', 'ab'), re.match('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'))
print(re.fullmatch(r'(\w+)\s(\w+)', 'hello world'), re.fullmatch('a+', 'aaab'))
print(re.compile('a+').fullmatch('baaa', 1), re.compile('a+').fullmatch('baaab', 1, 4))

# The match object is always true.
m = re.match('', '')
print(bool(m), m, m.group(), m.span())
print(re.match('a', 'b') is None)
for x in ['abc', 'cab', 'bca']:
    if m := re.search('^a', x):
        print(x, m.start())

# Large sets of non-Latin-1 characters compile to BIGCHARSET blocks.
chars = ''.join(chr(c) for c in range(0x100, 0x600, 3)) + 'az' + ''.join(chr(c) for c in range(0x3000, 0x3100, 7))
subject = ''.join(chr(c) for c in range(0xf0, 0x3100))
for pat in ['[' + chars + ']+', '[^' + chars + ']+', '(?i)[' + chars + ']']:
    found = re.findall(pat, subject)
    print(len(found), sum(map(len, found)), found[:3])
print(re.findall('[\U00010000-\U00010010\u0100\u0105\u0200]', '\U00010005\u0100\u0101\u0200'))

# Matching does not keep subjects alive: a str/bytes subclass's finaliser runs when the
# program drops its last reference.
class Text(str):
    def __del__(self):
        print('finalised', str.__str__(self))

class Data(bytes):
    def __del__(self):
        print('finalised bytes')

t = Text('hello world')
print(re.findall(r'\w+', t), re.search('o', t).span())
del t
print('after del')
d = Data(b'abc')
print(re.match(b'a', d).span())
del d
print('end')
