# Repetition: greedy, lazy, counted, nested, zero-width, and deep backtracking.
import re

print(re.match('a*', 'aaab').group(), re.match('a*?', 'aaab').group(), re.match('a+?', 'aaab').group())
print(re.match('a{2}', 'aaa').group(), re.match('a{2,}', 'aaaa').group(), re.match('a{,2}', 'aaa').group())
print(re.match('a{2,3}?', 'aaaa').group(), re.match('a{2,3}', 'aaaa').group(), re.match('a{3}', 'aa'))
print(re.match('a{0}b', 'ab'), re.match('a{0}b', 'b'), re.match('x{1,1}', 'xx').group())
print(re.match('a{', 'a{').group(), re.match('a{1', 'a{1').group(), re.match('a{,}', 'a{,}').group())
print(re.match('a{1,x}', 'a{1,x}').group(), re.match(r'a\{2\}', 'a{2}').group())
print(re.match('(ab)*', 'ababa').group(), re.match('(ab)*?c', 'ababc').groups(), re.match('(a|b)*?b', 'aab').span())
print(re.match('(?:a|ab)*c', 'abac').group(), re.match('(a+|b+)*c', 'aabbac').groups())
print(re.match('(a*)*b', 'aab').groups(), re.match('(a*)+b', 'b').groups(), re.match('(a?)*?b', 'aab').groups())
print(re.match(r'(?:a*)*', 'aaa').span(), re.match(r'(?:a*?)*', 'aaa').span(), re.match(r'(?:x?)*y', 'xxy').span())
print(re.match(r'(a{2})*', 'aaaaa').groups(), re.match(r'(a{2}){2,}', 'aaaaaa').span())
print(re.match(r'(?:(\d)|x){3}', '1x2').groups(), re.match(r'((a)|b){2}', 'ab').groups())
print(re.match(r'(\w+?)(\d*)$', 'abc123').groups(), re.match(r'(.*)(\d+)', 'abc123').groups())
print(re.match(r'(.*?)(\d+)', 'abc123').groups(), re.match(r'(.+)\s(.+?)\s', 'a b c d ').groups())
print(re.findall(r'<.*>', '<a><b>'), re.findall(r'<.*?>', '<a><b>'), re.findall(r'<[^>]*>', '<a><b>'))
print(re.match(r'(\d{1,3})(?:\.(\d{1,3})){3}', '192.168.0.1').groups())
print(re.match(r'(?:a{1,3}){2}', 'aaaa').span(), re.match(r'(?:a{1,3}?){2}b', 'aaaab').span())
print(re.match(r'[ab]{2,4}?c', 'ababc').span(), re.match(r'.{3,}?x', 'abcdx').span())
print(re.fullmatch(r'(?:a|b|c)*', 'abcabc').span(), re.fullmatch('a{2,}?', 'aaaa').span())
print(re.match(r'(?s).{65536}', 'x' * 70000).end(), re.match('a{65535}', 'a' * 65535).end())
print(re.match(r'(?:ab){100}', 'ab' * 100).end(), re.match(r'(a){1000}', 'a' * 1000).span(1))

# Deep backtracking must not exhaust any stack.
n = 100000
s = 'ab' * n
print(re.match(r'(?:a|b)*c?', s).end(), re.match(r'(?:ab)*', s).end(), re.match(r'(a|b)*', s).span(1))
print(re.match(r'(?:a|b)*?$', s).end(), re.match(r'(.)*x', s), re.match(r'(?:(a)|(b))*', s).groups())
print(re.fullmatch(r'(?:ab)*?', s).end(), re.search(r'(?:a|b)+z', 'ab' * 1000))
print(re.match(r'(?:a(?=b)|b)*', s).end(), re.match(r'(?:(?<=a)b|a)*', s).end())
t = 'x' * 30000
print(re.match(r'(x+x+)+y', 'x' * 20), re.match(r'(?:x|y)*(x)', t).span(1), len(re.findall(r'x+?', t)))
print(re.sub(r'(a)(b)', r'\2\1', s)[:10], len(re.split('b', s)))
print(re.match(r'(?:(\w)\1)*', 'aabbcc' * 5000).end())

# Repeats of zero-width items stop instead of looping.
print(re.match(r'(?:)*', 'a').span(), re.match(r'(?:^)*a', 'a').span(), re.match(r'(\b)*a', 'a').groups())
print(re.findall(r'(?:a?)*', 'aa'), re.match(r'(?:(?=a))*a', 'a').span(), re.match('(a|)*b', 'aab').groups())

# Errors.
for bad in ['*a', 'a**', 'a{3,2}', '+', '?', 'a{2}{3}', '(?:)*+*', 'a|*', r'a{4294967296}', '(*)']:
    try:
        re.compile(bad)
        print(bad, 'ok')
    except (re.error, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(re.compile('a{2}?').match('aaa').span(), re.compile('a{2}+').match('aaa').span())
