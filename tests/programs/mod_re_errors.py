# Bad patterns raise re.error with CPython's messages and positions; wrong types raise TypeError.
import re

bad = ['(', ')', 'a)', '(a', '[a', '[]', '[a-', '[z-a]', r'[\d-z]', '\\', r'\k', r'\c', r'\i',
       '(?', '(?<', '(?<x>a)', '(?P', '(?P<a', '(?#comment', '(?z)', '(?i', '(?-)', '(?i-i:a)',
       '(?-i)', 'a(?i)b', '(?i:a', r'\8', r'\777', r'\x1', r'\u12', r'\U0011ffff',
       r'[\x1]', r'[\777]', '(?<=a+)', '(?P<a>a)(?P=b)', '(?P>a)', '(?P=a', 'x{2,1}',
       'abc\n(', '(?x)a\n\n  )', '(?|a)', r'\b*', '(?L)a', '(?u)(?a)x']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), type(e).__name__, e)
        print('   ', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(p), type(e).__name__, e)

try:
    re.compile(b'(')
except re.error as e:
    print(type(e).__name__, e, e.pattern)
e = re.error('plain message')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
print(re.error is re.PatternError if hasattr(re, 'PatternError') else True, issubclass(re.error, Exception))
print(re.error.__module__, re.error.__name__)

# Subject type errors.
p = re.compile('a')
for s in [1, None, ['a'], b'a', 1.5]:
    try:
        print(p.search(s))
    except TypeError as e:
        print(type(e).__name__, e)
pb = re.compile(b'a')
for s in ['a', bytearray(b'xa'), b'a']:
    try:
        print(pb.search(s))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), ('a', 'x'), ('a', 0, 'y'), ('a', 0, 1, 2)]:
    try:
        print(p.match(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    p.match('a', pos=1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.match(string='a', bad=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.match('a', string='a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.Pattern()
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.Match()
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.search(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.compile('a').pattern = 'b'
except AttributeError as e:
    print(type(e).__name__)
import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.unicode_iscased(ord('é')), _sre.unicode_iscased(0x130))
print(_sre.ascii_tolower(ord('A')), _sre.ascii_tolower(0xC9), _sre.unicode_tolower(0xC9), _sre.unicode_tolower(0x130))
try:
    _sre.ascii_tolower('A')
except TypeError as e:
    print(type(e).__name__, e)
