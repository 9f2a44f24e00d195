# re.compile: Pattern attributes, flags, reprs, caching, equality.
import re
import copy

p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?(x)')
print(p)
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
print(type(p).__name__, type(p).__module__, type(p) is re.Pattern)
print(type(p.groupindex).__name__)
try:
    p.groupindex['z'] = 1
except TypeError as e:
    print(type(e).__name__, e)

for flags in [0, re.I, re.M, re.S, re.X, re.A, re.I | re.M, re.I | re.S | re.X, re.U,
              re.DOTALL | re.ASCII, re.NOFLAG]:
    q = re.compile('a b', flags)
    print(repr(q), q.flags)

print(re.compile(b'ab'), re.compile(b'ab', re.L), re.compile(b'a', re.I).flags)
print(re.compile('(?i)abc'), re.compile('(?s)a.c').flags, re.compile('(?m)^a').flags)
print(re.compile('(?x) a b # comment\n c').match('abc'))
print(re.compile('a' * 300))
print(re.compile('\n\'"\\d'))

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.M | re.S), int(re.I | re.X))
print(re.RegexFlag.IGNORECASE, re.RegexFlag(2), re.I.value, re.I.name)
print(isinstance(re.I, int), re.I == 2, re.I | 0x1000)
print([f.name for f in [re.I, re.L, re.M, re.S, re.U, re.X, re.A]])

# Caching: the same pattern and flags give the same object.
print(re.compile('abc') is re.compile('abc'))
print(re.compile('abc') is re.compile('abc', re.I))
re.purge()
a = re.compile('x+y')
b = re.compile('x+y')
print(a is b, a == b, hash(a) == hash(b))
re.purge()
c = re.compile('x+y')
print(a == c, a != c, hash(a) == hash(c), a == re.compile('x+y', re.I), a == 'x+y')
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile(123)
except TypeError as e:
    print(type(e).__name__, e)

print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('abc 12x')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Pattern[str], re.Match[bytes])

# Flags given to a compiled pattern's methods are not a thing; module functions take flags.
print(re.match('ABC', 'abc', re.I), re.search('^b', 'a\nb', re.M), re.match('a.c', 'a\nc', re.S))
print(re.findall('a', 'AaA', flags=re.I))

# Unicode vs ASCII classes.
print(re.findall(r'\w+', 'héllo wörld_1 ٣'), re.findall(r'\w+', 'héllo wörld_1', re.A))
print(re.findall(r'\d', '1٣𝟙'), re.findall(r'\d', '1٣', re.ASCII))
print(re.findall(r'\s', ' \t\n\x1c\u3000'), re.findall(r'\s', ' \t\n\x1c\u3000', re.A))
print(re.findall(r'(?a)\w+', 'héllo'), re.findall(r'(?u)\w+', 'héllo'))
print(re.findall('(?i)straße', 'STRASSE Straße STRAßE'))
print(re.match('(?i)k', '\u212a'), re.match('(?i)\u212a', 'k'), re.match('(?ai)\u212a', 'k'))
print(re.match(r'(?i)[a-z]+', 'ABCxyzſK'), re.match(r'(?i)[^a-z]', 'A'))
print(re.findall('(?i)[ǅ]', 'ǄǅǆDž'), re.findall('(?i)ς', 'σΣς'))
print(re.compile('(?i)a').match('A').group(), re.compile('a', re.I).search('xxA').span())
print(re.fullmatch(r'(?i)ΣΑΣ', 'σας'))
try:
    re.compile('(?a)x', re.U)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile(b'x', re.U)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile('x', re.L)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile('x', re.A | re.L)
except ValueError as e:
    print(type(e).__name__, e)

# Scoped inline flags.
print(re.findall('a(?i:b)c', 'abc aBc ABC abC'), re.findall('(?i)a(?-i:b)c', 'abc ABC Abc aBc'))
print(re.match('(?x: a b ) c', 'abc'), re.match('(?x: a b ) c', 'ab c'))

# re.DEBUG prints the parsed pattern and the compiled code.
re.compile('a[bc]+(?P<x>d)?(?<=d)|\\d{2,}?', re.DEBUG)
re.compile(b'(?i)x*?y', re.DEBUG)
