# Groups: numbered and named, group/groups/groupdict/span/start/end, lastindex/lastgroup.
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?: (\d+))?')
m = p.match('Jane Doe 42 rest')
print(m, m.group(), m.group(0), m.group(1), m.group('last'), m.group(3))
print(m.group(1, 'last', 0), m.groups(), m.groupdict(), m[0], m['first'], m[3])
print(m.span(), m.span(1), m.span('last'), m.start(3), m.end(3), m.start(), m.end())
print(m.regs, m.lastindex, m.lastgroup, m.re.groups, m.re.groupindex['last'])
m = p.match('Jane Doe')
print(m.groups(), m.groups('-'), m.groups(default=0), m.groupdict('?'), m.groupdict(default=None))
print(m.span(3), m.start(3), m.end(3), m[3], m.group(3, 2), m.lastindex, m.lastgroup)
print(m.group(True), m.span(False))

# lastindex is the last group closed; lastgroup its name if it has one.
for pat, s in [(r'(a)(b)?', 'a'), (r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(?P<x>a)|(?P<y>b)', 'b'),
               (r'(a)|b', 'b'), (r'(?P<o>(?P<i>a))', 'a'), (r'x', 'x'), (r'(a)(?:b)', 'ab'),
               (r'(a)*', 'aaa'), (r'(?P<n>a)(b)', 'ab')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())

# Groups inside repetitions keep their last iteration.
print(re.match(r'(\w)+', 'abc').group(1), re.match(r'(?:(a)|(b))+', 'ab').groups())
print(re.match(r'(?:(a)|(b))+', 'ba').groups(), re.match(r'(a|(b))+', 'ba').groups())
print(re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a)?(?(1)b|c)', 'c').groups())
print(re.match(r'(a*)*', 'aa').groups(), re.match(r'(a*)+', 'aa').groups(), re.match(r'(a|)+', 'aa').groups())
print(re.match(r'(?:x(\d)?)+', 'x1x').groups(), re.match(r'(?:(\d)x)*', '1x2x').groups())
print(re.match(r'(a)|(b)', 'b').regs)

# Errors.
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [2, 3, -1, 'n', 'x', 1.0, None, (1,), [1]]:
    try:
        print(repr(g), m.group(g))
    except (IndexError, TypeError) as e:
        print(repr(g), type(e).__name__, e)
for meth in ['start', 'end', 'span']:
    try:
        getattr(m, meth)(5)
    except IndexError as e:
        print(meth, type(e).__name__, e)
try:
    m.group(1, 7)
except IndexError as e:
    print(type(e).__name__, e)
try:
    m['zz']
except IndexError as e:
    print(type(e).__name__, e)
try:
    m.groups(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.start(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.group(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# expand.
m = re.match(r'(?P<a>\w+)=(\d+)', 'key=42')
print(m.expand(r'\2:\1'), m.expand(r'\g<a>/\g<2>/\g<0>'), m.expand('[\\n\\t]'), m.expand(r'\\1'))
for bad in [r'\3', r'\g<x>', r'\g<', r'\q', '\\']:
    try:
        print(m.expand(bad))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
mb = re.match(rb'(a)(b)?', b'a')
print(mb.expand(rb'<\1|\2>'))

# Group names.
print(re.match(r'(?P<_a1>x)(?P<é>y)', 'xy').groupdict())
for bad in [r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P<a-b>x)', r'(?P=a)', r'(?P<>x)', r'(?Px)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, type(e).__name__, e)

# Many groups.
big = '(a)' * 150
m = re.match(big, 'a' * 150)
print(len(m.groups()), m.lastindex, m.span(150))

# Match object identity and attributes are read-only.
try:
    m.pos = 3
except AttributeError as e:
    print(type(e).__name__)
print(type(m).__name__, type(m) is re.Match)
