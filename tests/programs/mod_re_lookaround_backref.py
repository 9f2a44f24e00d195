# Lookahead/lookbehind assertions, backreferences, conditionals, atomic groups, possessives.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc'), re.findall(r'\w+(?!,)\b', 'a, bb, ccc'))
print(re.findall(r'(?<=\$)\d+', 'cost $15 or 20 or $7'), re.findall(r'(?<!\$)\b\d+', '$15 20 $7 8'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<=a|b)c', 'bc'), re.search(r'(?<=(a))c', 'ac').groups())
print(re.search(r'(?<!a)c', 'ac'), re.search(r'(?<!^)c', 'c'), re.search(r'(?<=^)c', 'c'))
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'(?<=a)b').match('ab', 1))
print(re.match(r'(?=(\w+))\w', 'abc').groups(), re.match(r'(?!(a)b)\w', 'ac').groups())
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'(?<=(\w))\d', 'a1b2'))
print(re.search(r'a(?=b(?=c))', 'abd abc'), re.search(r'(?<=\d{3})x', '12x 123x'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
for bad in [r'(?<=a*)b', r'(?<!a|bc)d', r'(?<=(?P<x>a)|bc)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, type(e).__name__, e)

# Backreferences.
print(re.search(r'(\w)\1', 'abccd'), re.findall(r'(\w)\1', 'aabbcd'), re.search(r'(?P<q>["\']).*?(?P=q)', 'x "a\'b" y'))
print(re.match(r'(a*)b\1', 'aabaa'), re.match(r'(a*)b\1$', 'aaba'), re.match(r'(a)|\1', 'x'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(a)\1', 'aA'), re.match(r'(?i)(ß)\1', 'ßß'))
print(re.match(r'(?:(a)|b)\1', 'b'), re.match(r'(\w+) \1', 'hello hello world').group())
print(re.match(r'((\w)\2)+', 'aabbcd').group(), re.findall(r'\b(\w+) \1\b', 'the the cat sat sat on'))
print(re.match(r'(a)(?P<x>b)(?P=x)\2\1', 'abbba'))
for bad in [r'\1(a)', r'(a)\2', r'(?P=nope)', r'(a\1)']:
    try:
        print(bad, re.compile(bad))
    except re.error as e:
        print(bad, type(e).__name__, e)

# Conditionals.
p = re.compile(r'(<)?\w+(?(1)>|$)')
print([bool(p.match(s)) for s in ['<a>', 'a', '<a', 'a>']], p.match('<a>').groups())
print(re.match(r'(?P<q>")?\w+(?(q)")', '"x"'), re.match(r'(a)?(?(1)b)c', 'c'), re.match(r'(a)?(?(1)b|d)', 'd'))
for bad in [r'(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)', r'(?(1a)x)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, type(e).__name__, e)

# Atomic groups and possessive quantifiers (3.11).
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a++b', 'aab'), re.match(r'a++a', 'aaa'), re.match(r'a*+', ''), re.match(r'a?+a', 'a'))
print(re.match(r'(?:ab)++c', 'ababc'), re.match(r'(?:ab)++ab', 'abab'), re.match(r'a{1,2}+a', 'aaa'))
print(re.match(r'(\w)*+\d', 'ab1'), re.findall(r'(?>\d+)\.', '12.3 45.'), re.match(r'(?:a|b)*+c', 'abac').span())
print(re.match(r'((?>a*))b', 'aab').groups(), re.match(r'(?:(a)|b)++', 'ab').groups())
print(re.match(r'x(?:a{2})*+', 'xaaaaa').span(), re.match(r'(?:)++', 'a'))
