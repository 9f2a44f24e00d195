# find/rfind/index/rindex/count/startswith/endswith
s = 'abracadabra'
print(s.find('a'), s.find('bra'), s.find('z'), s.find('a', 1), s.find('a', 1, 3), s.find('a', -4), s.find(''), s.find('', 20))
print(s.rfind('a'), s.rfind('bra'), s.rfind('z'), s.rfind('a', 0, 5), s.rfind('', 3), s.rfind('abra', -5))
print(s.index('c'), s.rindex('c'), s.index('a', 4), s.rindex('a', 0, -1))
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('q')
except ValueError as e:
    print(type(e).__name__, e)
print(s.count('a'), s.count('bra'), s.count(''), s.count('a', 5), s.count('a', 0, 4), 'aaaa'.count('aa'), ''.count(''))
print(s.startswith('abr'), s.startswith('bra'), s.startswith('bra', 1), s.startswith(('x', 'ab')), s.startswith(''), s.startswith('a', 11))
print(s.endswith('bra'), s.endswith('abr'), s.endswith('abr', 0, 4), s.endswith(('cad', 'dabra')), s.endswith('a', -1), s.endswith('c', 0, -6))
try:
    s.startswith(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print('bra' in s, 'xyz' in s, '' in s, s in s, 'A' in s)
print('abc'.find('c', -1), 'abc'.find('c', 10), 'abc'.find('a', -100, 1))
print('héllo'.find('l'), 'héllo'.index('o'), '日本語'.find('語'))
