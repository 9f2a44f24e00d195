# memoryview over bytes and bytearray: reading, slicing, writing through, conversions.

data = b"hello world"
m = memoryview(data)
print(type(m).__name__, len(m), m[0], m[-1], m.obj is data)
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets)
print(m.contiguous, m.c_contiguous, m.f_contiguous)
print(repr(m).startswith("<memory at 0x"), str(m).startswith("<memory at 0x"))
print(m.tobytes(), m.tolist()[:5], m.hex(), bytes(m), bytearray(m))
print(list(m[:3]), tuple(m[6:]), [x for x in m[::3]], sum(m))
print(m.hex(":"), m[:4].hex("-", 2), m[:5].hex(b" ", -2))

# Slices are views of the same bytes, with steps and negative steps.
s = m[2:9]
print(s.tobytes(), len(s), s.obj is data, s.shape, s.strides)
r = m[::-1]
print(r.tobytes(), r.strides, r.contiguous, r[0], r[-1])
st = m[1::3]
print(st.tobytes(), st.tolist(), st.strides, st.contiguous, st[1:].tobytes())
print(m[5:2].tobytes(), len(m[100:]), m[-3:].tobytes(), m[::-2][::-1].tobytes())
print(memoryview(m).tobytes(), memoryview(m[3:5]).obj is data, memoryview(st).tolist())

# Equality with bytes-like objects and other views.
print(m == data, data == m, m == bytearray(data), bytearray(data) == m, m != data)
print(m[:5] == b"hello", m[:5] == b"hellO", m[:5] == memoryview(b"hello"), m == m)
print(m[::-1] == data[::-1], m == "hello world", m == list(data), m == None)
print(memoryview(b"") == memoryview(bytearray()), memoryview(b"") == b"")
print(bytearray(b"a") < memoryview(b"b"), b"ab" + memoryview(b"cd"), bytearray(b"x") + m[:2])

# Views of a bytearray write through, and see the bytearray's changes.
ba = bytearray(b"abcdef")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = ord("A")
w[-1] = 70
print(ba, w[0], w.tobytes())
w[1:3] = b"BC"
print(ba)
w[::2] = b"xyz"
print(ba)
w[3:6] = memoryview(b"123")
print(ba)
w[:] = w[::-1]
print(ba)
ba[0] = 0x21
print(w[0], w.tobytes(), bytes(w[:2]))
sub = w[2:5]
sub[0] = 0x40
sub[1:] = bytearray(b"??")
print(ba, sub.tobytes())
w[True] = 66
print(ba, w[(0,)])
w[:0] = b""
print(ba)

# hash: only read-only views, as the bytes they cover.
print(hash(memoryview(b"abc")) == hash(b"abc"), hash(m[::2]) == hash(data[::2]))
print(hash(memoryview(b"abc").cast("c")) == hash(b"abc"))

# cast to the byte formats.
sb = memoryview(b"\x01\x80\xff")
print(sb.cast("b").tolist(), sb.cast("c").tolist(), sb.cast("@B").format, sb.cast("b").format)
print(sb.cast("c")[1], sb.cast("b")[-1], sb.cast("B", [3]).shape, sb.cast("c").cast("B").tolist())
print(sb.cast("b") == sb, sb.cast("c") == sb, sb.cast("c") == sb.cast("c"), sb.cast("b") == b"\x01\x80\xff")
print(memoryview(b"abc").cast("b") == b"abc", bytes(sb.cast("c")), sb.cast(format="b").itemsize)
cw = memoryview(bytearray(b"xyz")).cast("c")
cw[0] = b"X"
cw[1:] = memoryview(bytearray(b"YZ")).cast("c")
print(cw.obj, cw.tolist())
bw = memoryview(bytearray(3)).cast("b")
bw[0] = -1
bw[1] = 127
bw[2] = -128
print(bw.obj, bw.tolist(), list(bw))

# toreadonly, release and the context manager.
ro = memoryview(ba).toreadonly()
print(ro.readonly, ro.obj is ba, memoryview(ro).readonly, ro.tobytes() == bytes(ba))
ro.release()
with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm.__enter__() is cm)
print(repr(cm).startswith("<released memory at 0x"))
cm.release()
print(cm == cm, cm == b"ctx")

# bytes-like consumers accept memoryviews.
print(b"-".join([memoryview(b"a"), memoryview(b"bcd")[1:], b"d"]), bytearray(b",").join([m[:2]]))
print(b"llo" in data, memoryview(b"llo") in [m[2:5]], b"hello".startswith(memoryview(b"he")))
print(b"hello world".find(m[6:]), b"a b".split(memoryview(b" ")), 108 in m, 0 in m)
print(list(reversed(memoryview(b"abc"))), sorted(memoryview(b"cab")), max(m), bool(memoryview(b"")))
it = iter(memoryview(b"xy"))
print(type(it).__name__, next(it), next(it), next(it, "end"), iter(it) is it)
live = bytearray(b"abc")
lv = memoryview(live)
out = []
for x in lv:
    out.append(x)
    if len(out) == 1:
        live[2] = 0x5A
print(out)
import io
bio = io.BytesIO()
bio.write(memoryview(b"written"))
print(bio.getvalue())
