import struct

def err(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(issubclass(struct.error, Exception), struct.error.__name__, struct.error.__module__)
for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "P",
            "<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q",
            ">b", ">B", ">h", ">H", ">i", ">I", ">l", ">L", ">q", ">Q", "=l", "!Q"]:
    print(fmt, end=": ")
    for v in [2**70, -2**70, 2**40, 300, 70000, -1, 1.5, "x", None]:
        try:
            r = struct.pack(fmt, v)
            print("ok", end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
for fmt in ["e", "<e", "f", "<f", ">f", "d"]:
    for v in [2**70, 1e10, 1e300, "x", None, 10**400]:
        err(struct.pack, fmt, v)
err(struct.pack, "e", 65520.0)
err(struct.pack, "c", b"ab")
err(struct.pack, "c", "a")
err(struct.pack, "c", 1)
err(struct.pack, "c", bytearray(b"a"))
err(struct.pack, "s", 1)
err(struct.pack, "3s", "ab")
err(struct.pack, "p", "ab")
err(struct.pack, "i")
err(struct.pack, "i", 1, 2)
err(struct.pack, "3i", 1)
err(struct.pack, "z")
err(struct.pack, "<P", 1)
err(struct.pack, ">n", 1)
err(struct.pack, "3")
err(struct.pack, "i\0")
err(struct.calcsize, "<N")
err(struct.calcsize, 5)
err(struct.Struct, 5)
err(struct.Struct, "y")
err(struct.unpack, "i", b"abc")
err(struct.unpack, "i", b"abcde")
err(struct.unpack, "i", "abcd")
err(struct.unpack, "i", 12)
err(struct.unpack_from, "i", b"abc", 2)
err(struct.unpack_from, "i", b"abcdef", -10)
err(struct.unpack_from, "i", b"abcdef", 10)
err(struct.pack_into, "i", bytearray(3), 0, 1)
err(struct.pack_into, "i", bytearray(8), -10, 1)
err(struct.pack_into, "i", bytearray(8), 20, 1)
err(struct.pack_into, "i", b"12345678", 0, 1)
err(struct.pack_into, "i", bytearray(8), 0)
err(struct.iter_unpack, "i", b"12345")
err(struct.iter_unpack, "", b"")
err(struct.Struct("i").unpack, b"")
err(struct.Struct("2h").pack, 1)
