import struct

print(struct.pack("i", 1), struct.pack("<i", -2), struct.pack(">i", 258), struct.pack("!h", -1))
print(struct.pack("@bhiq", 1, 2, 3, 4))
print(struct.pack("<bhiq", 1, 2, 3, 4))
print(struct.pack("=BHIQ", 255, 65535, 2**32 - 1, 2**64 - 1))
print(struct.pack(">BHIQ", 255, 65535, 2**32 - 1, 2**64 - 1))
print(struct.pack("lL", -1, 2**64 - 1), struct.pack("<lL", -1, 2**32 - 1), struct.pack(">l", -5))
print(struct.pack("nN", -3, 2**63), struct.pack("P", 12345))
print(struct.pack("?" * 5, True, 0, [], [1], "x"), struct.pack(">?", 5))
print(struct.pack("c", b"a"), struct.pack("3c", b"x", b"y", b"z"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("s", b""), struct.pack("0s", b"abc"), struct.pack("3s", bytearray(b"q")))
print(struct.pack("5p", b"hello world"), struct.pack("3p", b""), struct.pack("p", b"abc"), struct.pack("0p", b"x"))
print(struct.pack("3x"), struct.pack("b2xb", 1, 2), struct.pack("c3x0i", b"a"))
print(struct.pack("d", 1.5), struct.pack(">d", -0.1), struct.pack("f", 3.14), struct.pack("<f", 2), struct.pack("e", 1.5), struct.pack(">e", -2.5))
for x in [0.0, -0.0, 1.0, 65504.0, 65519.0, 6e-8, 1e-9, 5.96e-8, 2.98e-8, 0.1, 1/3, float("inf"), float("-inf"), float("nan")]:
    b = struct.pack("<e", x)
    print(x, b, struct.unpack("<e", b)[0])
print(struct.pack("f", 1e300), struct.pack("f", float("nan")) == struct.pack("f", float("nan")))
print(struct.pack("3i", 1, 2, 3), struct.pack("2h2b", 1, 2, 3, 4), struct.pack(" i  h ", 7, 8))
print(struct.pack(b"<h", 1), struct.pack("i", True), struct.pack("d", 3))

class Idx:
    def __index__(self):
        return 7

print(struct.pack("b", Idx()), struct.pack(">Q", Idx()))

print(struct.calcsize("i"), struct.calcsize("@bhiqd"), struct.calcsize("bi"), struct.calcsize("ib"), struct.calcsize("<bhiqd"))
print(struct.calcsize("c3x0i"), struct.calcsize("0q"), struct.calcsize("b0q"), struct.calcsize("10s"), struct.calcsize("3p2x"), struct.calcsize(""), struct.calcsize("@e?P"))
print(struct.calcsize("<lLnN".replace("nN", "")), struct.calcsize("lL"), struct.calcsize("!qQ"), struct.calcsize(b"2d"))
