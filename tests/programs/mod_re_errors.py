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

# Methods called unbound, on other objects, or with the wrong number of arguments.
print(re.Pattern.match, re.Match.group, re.Pattern.__copy__)
for cls in (re.Pattern, re.Match):
    for name in sorted(n for n in dir(cls) if not n.startswith('__') or n in ('__repr__', '__getitem__', '__copy__')):
        f = getattr(cls, name)
        if callable(f):
            for args in [(), (7,), (7, 'x', 'y')]:
                try:
                    f(*args)
                except TypeError as e:
                    print(name, e)
p = re.compile('(a)')
m = p.match('a')
for f, a in [(p.__copy__, (1,)), (p.__deepcopy__, ()), (m.__getitem__, ()), (m.__copy__, (1,)),
             (m.__deepcopy__, (1, 2)), (p.__eq__, ()), (m.groups, (1, 2))]:
    try:
        f(*a)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    re.Match.string.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
