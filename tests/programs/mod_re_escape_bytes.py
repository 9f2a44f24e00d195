# re.escape, bytes patterns over bytes/bytearray subjects, and the LOCALE flag.
import re

for s in ['a.b*c', 'hello world', '1+1=2', '[x]{y}(z)', '^$|\\?', '\t\n\r\v\f', 'é ñ 😀', '#&~-', '', 'a_b9']:
    e = re.escape(s)
    print(repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b'a.b c\x00\xff'), re.escape(bytearray(b'x*y')) if False else re.escape(b'x*y'))
try:
    re.escape(5)
except TypeError as e:
    print(type(e).__name__, e)

p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'  key=42 ')
print(m, m.groups(), m.group(1), m.span(2), m.string, m.re)
print(p.findall(b'a=1 b=22'), p.sub(rb'\2=\1', b'a=1 b=22'), p.split(b'x a=1 y'))
print([m.group() for m in p.finditer(b'a=1,b=2')], p.fullmatch(b'z=9'))
ba = bytearray(b'k=7')
m = p.match(ba)
print(m, type(m.group()).__name__, m.string is ba, p.sub(b'', ba))
print(re.findall(rb'\d', b'1\xd9\xa32'), re.findall(rb'[\x80-\xff]+', b'ab\x80\x81cd\xff'))
print(re.findall(rb'\s+', b'a \t\x1cb\x85c'), re.findall(rb'\w+', b'caf\xe9 na\xefve'))
print(re.match(rb'(?i)caf\xc9', b'caf\xe9'), re.match(rb'(?i)abc', b'ABC'), re.findall(rb'(?i)[a-c]', b'AbCd'))
print(re.match(b'.', b'\n'), re.match(b'(?s).', b'\n'), re.search(rb'\bfoo\b', b'a foo b'))
print(re.compile(b'x', re.L), re.findall(rb'(?L)\w+', b'ab_1 c\xe9'), re.match(rb'(?Li)A', b'a'))
print(re.search(b'\xff+', b'a\xff\xffb'), re.search('\xff+', 'a\xff\xffb'))
m = re.search(b'(a)(b)?', b'xa')
print(m.groups(), m.groupdict(), m[0], m.lastindex, repr(m))
print(re.sub(b'(?P<x>a)', rb'\g<x>\g<x>', b'banana'), re.subn(rb'a|n', b'', b'banana'))
long_b = b'ab' * 40
print(re.match(rb'.*', long_b))
long_s = 'é' * 60
print(re.match('.*', long_s))
print(re.match('(a)', 'a').expand(r'\1\1'), re.match(b'(a)', b'a').expand(rb'\1-\1'))
