# bytes literals, repr, indexing, slicing
b = b'hello'
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], type(b[0]).__name__, type(b[0:1]).__name__)
print(b'', b'\x00\x01\x7f\x80\xff', b'tab\tnl\ncr\r', b"it's", b'say "hi"', b'both \' "', b'\\')
print(bytes([72, 105, 0, 255]), bytes(3), bytes(), bytes(range(65, 70)), bytes('héllo', 'utf-8'), bytes(b'copy'))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('str')
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(list(b'abc'), [x for x in b'\x01\x02'], tuple(b'AB'), sum(b'abc'))
print(b + b' world', b * 2, 2 * b'-', b'ab' == b'ab', b'a' < b'b', b'abc' < b'abd', b'' < b'\x00')
print(104 in b, b'ell' in b, b'xyz' in b, b'' in b)
try:
    'h' in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    b + 'str'
except TypeError as e:
    print(type(e).__name__, e)
print(b == 'hello', b'\xe2\x82\xac'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xffabc'.decode('utf-8', 'replace'), b'\xffabc'.decode('utf-8', 'ignore'))
print(str(b'x'), bytes.__name__, isinstance(b, bytes), b.hex(), b'\x00\xab'.hex(), bytes.fromhex('48 65 6c6c6f'), bytes.fromhex('ff00'))
print(b'abc'.hex('-'), b'abcdef'.hex(':', 2))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(type(e).__name__, e)
