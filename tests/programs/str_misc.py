# encode, operators, comparisons, ord/chr, in, *, +
s = 'héllo'
print(s.encode(), s.encode('utf-8'), s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('latin-1'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'ab' * 0, 'ab' * -2, '' * 100)
print('a' < 'b', 'abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'abc' == 'abc', 'a' != 'A', 'é' > 'z')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana', '']), max('hello'), min('hello'))
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('é'), ord('€'), ord('😀'), chr(97), chr(8364), chr(128512), chr(0x41))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
print(str(123), str(-1.5), str(None), str([1, 2]), str(b'x'), len(str(10 ** 20)))
x = 'abc'
x += 'def'
x *= 2
print(x, len(x))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), 'a,b'.encode().decode(), str('bytes', 'ascii') if False else 'ok')
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'))
print('%s' % 'a' == 'a', 'x'.join('123'), 'abc'.translate({97: 'A', 98: None}), 'abc'.maketrans('ab', 'xy'))
print('hello world'.title().swapcase().center(15, '*').strip('*').lower())
