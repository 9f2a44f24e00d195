# bytes methods
b = b'  Hello, World! Hello!  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxaxx'.strip(b'x'))
print(b.split(), b.split(b','), b'a,b,,c'.split(b',', 1), b'a b c'.rsplit(None, 1), b'l1\nl2\r\nl3'.splitlines())
print(b.find(b'Hello'), b.rfind(b'Hello'), b.find(b'zz'), b.find(72), b.index(b'W'), b.count(b'l'), b.count(b'Hello'))
try:
    b.index(b'zz')
except ValueError as e:
    print(type(e).__name__, e)
print(b.replace(b'Hello', b'Bye'), b.replace(b'l', b'L', 2), b.upper(), b.lower(), b.title(), b.swapcase())
print(b'abc'.startswith(b'ab'), b'abc'.startswith((b'x', b'a')), b'abc'.endswith(b'bc'), b'abc'.endswith(b'b', 0, 2))
print(b'-'.join([b'a', b'b', b'c']), b''.join([b'x', bytearray(b'y')]), b', '.join([]))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
print(b'key=val'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'abc'.center(7, b'*'), b'7'.zfill(3), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
print(b'123'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b''.isdigit())
print(b'%s=%d' % (b'x', 5), b'%05.1f|%x|%r' % (2.25, 255, b'q'), b'%c%c' % (65, b'B'))
print(b'hello world'.capitalize(), b'a\tb'.expandtabs(4), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
print(b'abcabc'.translate(None, b'b'), bytes.maketrans(b'ab', b'xy')[97:99], b'abc'.translate(bytes.maketrans(b'ab', b'xy')))
print(max(b'hello'), min(b'hello'), sorted(b'cab'), bytes(sorted(b'cab')), b'x'[0] + 1)
