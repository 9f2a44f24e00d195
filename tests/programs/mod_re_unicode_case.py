# Case-insensitive matching of str patterns uses CPython's one-character case mappings
# (_sre.unicode_tolower / unicode_iscased) and Unicode character classes.
import _sre
import re

lo = [_sre.unicode_tolower(c) for c in range(0x20000)]
cased = [_sre.unicode_iscased(c) for c in range(0x20000)]
print(sum(i * 31 + v for i, v in enumerate(lo)) % 1000000007, sum(cased))
print([chr(_sre.unicode_tolower(ord(c))) for c in 'AÀİΣǅẞK'], [_sre.unicode_iscased(ord(c)) for c in 'aß1ǅ_'])
s = ''.join(chr(c) for c in range(0x20, 0x3000))
print(len(re.findall(r'(?i)[a-zà-þ]', s)), len(re.findall(r'(?i)ǆ|σ|ß|ﬀ', s)), len(re.findall(r'\w', s)))
print(len(re.findall(r'\s', s)), len(re.findall(r'\d', s)), len(re.findall(r'(?i)[\u0100-\u0180]', s)))
print(re.findall(r'(?i)\u0130', s), re.findall(r'(?i)i', s), re.findall(r'(?i)s', s), re.findall(r'(?i)µ', s))
print(re.findall(r'(?i)[^a-z]', 'aZſK1'), re.findall(r'(?i)[k-l]', 'KkLlK'), re.match(r'(?i)(ǅ)\1', 'ǅǆ'))
print(re.findall(r'\b\w+\b', 'naïve café — ĳssel 42 ٤٢'), re.findall(r'(?u)\W+', 'a—b c'))
