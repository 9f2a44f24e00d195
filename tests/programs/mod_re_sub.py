# sub and subn: string templates with backreferences, functions, counts, empty matches.
import re

print(re.sub(r'\d', '#', 'a1b22c'), re.subn(r'\d', '#', 'a1b22c'), re.sub('x', 'y', 'abc'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@host, ann@site'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>; \g<0>', 'a=1 b=2'))
print(re.sub(r'(a)(b)?', r'[\1|\2]', 'ab a'), re.sub(r'(\d)', r'\g<1>0', '123'))
print(re.sub('a', r'\n\t\\', 'xax'), re.sub('a', '\\\\n', 'a'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'), re.sub(r'\d+', lambda m: str(int(m[0]) * 2), 'a5b10'))
print(re.sub('a', 'x', 'aaaa', 2), re.sub('a', 'x', 'aaaa', count=1), re.subn('a', 'x', 'aaaa', 3))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('a*', '-', 'baac'), re.subn('', '', ''))
print(re.sub(r'\b', '|', 'ab cd'), re.sub('(?m)^', '> ', 'l1\nl2'), re.sub('$', '!', 'a\n'))
print(re.sub('a', lambda m: None if m.start() else 'X', 'aba'))
print(re.compile('o').sub('0', 'foo boo'), re.compile('o').subn(repl='0', string='foo', count=1))
print(re.sub('(?i)b', 'x', 'aBcb'), re.sub('b', 'x', 'aBcb', flags=re.I), re.sub('.', 'x', 'a\nb', 0, re.S))
print(re.sub('(b)|c', r'[\1]', 'abcd'), re.sub(r'(?:(a)|b)', r'<\1>', 'ab'))
print(re.sub(r'(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)(\w)', r'\11\10\1', 'abcdefghijk'))
print(re.sub(r'(a)', r'\1' * 3, 'xa'), re.sub('a', r'\g<0>\g<0>', 'xa'))
print(re.sub('é', 'e', 'café é'), re.sub('[😀]', ':)', 'hi 😀'))

# Errors in templates and replacement functions.
for tmpl in [r'\2', r'\g<name>', r'\g<2', r'\g<-1>', r'\g<a b>', '\\', r'\q', r'\g', r'\8', r'\09']:
    try:
        print(repr(tmpl), re.sub(r'(a)', tmpl, 'a'))
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1 / 0, 'a')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', 'x', b'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.compile('a').sub('x')
except TypeError as e:
    print(type(e).__name__, e)
print(re.sub('a', 'x', 'bbb'), repr(re.sub('a', 'x', '')), re.sub('a', lambda m: '', 'aaa') == '')

# Bytes.
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.subn(b'a', b'', b'banana'), re.sub(b'x', lambda m: b'Y', b'xax'))
print(re.sub(b'a', b'\\n', b'a'))

# A replacement function sees each match.
seen = []
def rec(m):
    seen.append((m.span(), m.lastindex))
    return '<%s>' % m.group(1)
print(re.sub(r'(\w)\w*', rec, 'hello big world'), seen)
