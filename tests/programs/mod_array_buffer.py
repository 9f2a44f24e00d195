import array
import io
import struct

a = array.array("i", [1, 2, -1])
print(bytes(a), bytearray(a), bytes(array.array("d", [1.5])), bytes(array.array("u", "hé")))
print(struct.unpack("3i", a), struct.unpack_from("<i", a, 4), list(struct.iter_unpack("i", a)))
b = array.array("b")
b.frombytes(array.array("B", [1, 255]))
print(b, array.array("h", bytes(a)[:4]))
try:
    b.frombytes(array.array("h", [258]))
except TypeError as e:
    print("TypeError", e)
print(io.BytesIO(a).getvalue(), b"" + bytes(array.array("B", [65, 66])))
print(b"x".join([array.array("B", [97]), b"y"]))
f = io.BytesIO()
f.write(array.array("H", [1, 2]))
print(f.getvalue())

c = array.array("B", [97, 98])
print(b"ab" == c, c == b"ab", bytearray(b"ab") == c, c == bytearray(b"ab"), b"ab" != c)
print(c in b"xaby", b"ab" + c, bytearray(b"x") + c, b"abc".startswith(c), b"abab".count(c))
print(b"abab".split(c), b"%s" % c, b"-".join([c, c]))
ba = bytearray(b"xx")
ba += c
ba.extend(array.array("h", [1]))
ba[0:1] = c
print(ba)
try:
    b"ab" < c
except TypeError:
    print("TypeError")

w = array.array("h", [0, 0, 0])
struct.pack_into("<h", w, 2, -5)
struct.Struct("<hh").pack_into(w, 0, 7, 8)
print(w)
f2 = array.array("d", [0.0])
struct.pack_into("d", f2, 0, 2.5)
print(f2)
