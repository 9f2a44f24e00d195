# split: separators, captured separators, maxsplit, empty matches.
import re

print(re.split(r'\s+', ' a  b c '), re.split(r',', 'a,b,,c,'), re.split('x', ''), re.split('x', 'abc'))
print(re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'), re.split(r'(?:,)', 'a,b'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'(\W+)', 'Words, words.', maxsplit=1))
print(re.split(',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b', 0), re.split(',', 'a,b', -1))
print(re.split('', 'abc'), re.split('x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split('(?=b)', 'abab'))
print(re.split('a*', 'baaac'), re.split('(a*)', 'bac'), re.split(r'(?m)^$', 'a\n\nb'))
print(re.split('[a-z]', 'A1b2C3d', flags=re.I), re.split('[a-z]', 'A1b2C3d', 2, re.I))
p = re.compile(r'(-)?\d')
print(p.split('a1b-2c'), p.split(string='x5y', maxsplit=5))
print(re.split(rb'\s', b'a b\tc'), re.split(rb'(\d)', bytearray(b'x1y')))
print(re.split('é', 'aébéc'))
try:
    re.split(',', 'a,b', 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.compile(',').split()
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.compile(',').split('a', 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
