# bytearray mutation
ba = bytearray(b'abc')
print(ba, repr(ba), len(ba), ba[0], type(ba[0]).__name__)
ba.append(100)
print(ba)
ba.extend(b'ef')
ba.extend([103, 104])
print(ba)
ba[0] = 65
ba[-1] = 72
print(ba)
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.insert(0, 33)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('d'))
print(ba)
ba.reverse()
print(ba)
ba += b'++'
print(ba, ba * 2)
ba2 = bytearray(5)
print(ba2, bytearray(), bytearray([1, 2, 3]), bytearray('hé', 'utf-8'), bytearray(range(3)))
try:
    ba[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.append(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b'x'
except TypeError as e:
    print(type(e).__name__, e)
c = bytearray(b'hello')
print(c.upper(), c.replace(b'l', b'L'), c.find(b'l'), c.decode(), bytes(c), c == b'hello', b'hello' == c, c.hex())
d = c
d[0] = ord('J')
print(c, d is c, bytes(c) is c)
c.clear()
print(c, len(c))
print(bytearray(b'x') + b'y', type(bytearray(b'x') + b'y').__name__, type(b'y' + bytearray(b'x')).__name__)
e = bytearray(b'0123456789')
e[::3] = b'abcd'
print(e)
print(list(bytearray(b'\x00\xff')), bytearray.fromhex('00 ff'), e.split(b'5'))
