# memoryview's errors: bad arguments, bad keys and values, read-only and released views,
# and bytearrays that cannot change size while a view of them exists.

def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

t("int", lambda: memoryview(1))
t("str", lambda: memoryview("abc"))
t("list", lambda: memoryview([1, 2]))
t("none", lambda: memoryview())
t("two", lambda: memoryview(b"a", b"b"))
t("kw", lambda: memoryview(object=b"ab").tobytes())
t("badkw", lambda: memoryview(obj=b"ab"))

ba = bytearray(b"hello")
m = memoryview(ba)
ro = memoryview(b"hello")
t("index high", lambda: m[5])
t("index low", lambda: m[-6])
t("index big", lambda: m[2**70])
t("str key", lambda: m["a"])
t("float key", lambda: m[1.0])
t("ellipsis", lambda: m[...])
t("empty tuple", lambda: m[()])
t("pair", lambda: m[1, 2])
t("slices", lambda: m[1:2, 3:4])
t("mixed", lambda: m[1, 2:3])
t("step zero", lambda: m[::0])

def setter(view, key, value):
    def f():
        view[key] = value
        return bytes(ba)
    return f

t("value 256", setter(m, 0, 256))
t("value -1", setter(m, 0, -1))
t("value big", setter(m, 0, 2**80))
t("value str", setter(m, 0, "a"))
t("value bytes", setter(m, 0, b"a"))
t("value float", setter(m, 0, 1.5))
t("value None", setter(m, 0, None))
t("index out", setter(m, 9, 1))
t("short slice", setter(m, slice(0, 2), b"abc"))
t("long slice", setter(m, slice(0, 3), b"a"))
t("step slice", setter(m, slice(None, None, 2), b"ab"))
t("list rvalue", setter(m, slice(0, 2), [1, 2]))
t("str rvalue", setter(m, slice(0, 2), "ab"))
t("c rvalue", setter(m, slice(0, 1), memoryview(b"x").cast("c")))
t("b rvalue", setter(m, slice(0, 1), memoryview(b"x").cast("b")))
t("@B rvalue", setter(m, slice(0, 1), memoryview(b"x").cast("@B")))
t("c view int", setter(m.cast("c"), 0, 65))
t("c view long", setter(m.cast("c"), 0, b"ab"))
t("b view 128", setter(m.cast("b"), 0, 128))
t("b view -129", setter(m.cast("b"), 0, -129))
t("key str", setter(m, "x", 1))
t("key tuple", setter(m, (1, 2), 1))
t("key empty", setter(m, (), 1))
t("key slices", setter(m, (slice(0, 1),), b"x"))
t("readonly item", setter(ro, 0, 1))
t("readonly slice", setter(ro, slice(0, 1), b"x"))
t("readonly bad", setter(ro, "x", "y"))
t("toreadonly", setter(m.toreadonly(), 0, 1))

def deleter(view, key):
    def f():
        del view[key]
    return f

t("del item", deleter(m, 0))
t("del slice", deleter(m, slice(0, 2)))
t("del readonly", deleter(ro, 0))

t("hash writable", lambda: hash(m))
t("hash ro bytearray", lambda: hash(m.toreadonly()))
t("less", lambda: ro < ro)
t("add", lambda: ro + b"x")
t("mul", lambda: ro * 2)
t("count", lambda: ro.count(1))
t("tobytes order", lambda: ro.tobytes("X"))
t("tobytes F", lambda: ro.tobytes("F"))
t("tobytes int", lambda: ro.tobytes(1))
t("tolist arg", lambda: ro.tolist(1))
t("release arg", lambda: ro.release(1))
t("hex sep", lambda: ro.hex("--"))
t("hex sep type", lambda: ro.hex(1))
t("descriptor", lambda: memoryview.tobytes(b"abc"))
t("subclass", lambda: type("M", (memoryview,), {}))

t("cast int", lambda: ro.cast(1))
t("cast bad", lambda: ro.cast("z"))
t("cast prefix", lambda: ro.cast("=B"))
t("cast multiple", lambda: ro.cast("i"))
t("cast strided", lambda: ro[::2].cast("B"))
t("cast one item", lambda: ro[::4][1:].cast("B").tolist())
t("cast shape type", lambda: ro.cast("B", 5))
t("cast shape size", lambda: ro.cast("B", [4]))
t("cast shape zero", lambda: ro.cast("B", [0]))
t("cast empty", lambda: ro[:0].cast("B", [1]))

# A strided view is a full buffer (copied by bytes(), bytearray(), comparisons and slice
# assignment) but not the simple one other consumers ask for.
nc = memoryview(b"abcd")[::2]
t("strided bytes", lambda: bytes(nc))
t("strided bytearray", lambda: bytearray(nc))
t("strided eq", lambda: bytearray(b"ac") == nc)
t("strided setslice", lambda: bytearray(b"xy").__setitem__(slice(0, 2), nc))
t("strided join", lambda: b"".join([nc]))
t("strided concat", lambda: b"abc" + nc)
t("strided extend", lambda: bytearray(b"ac").extend(nc))
t("strided iadd", lambda: bytearray(b"ac").__iadd__(nc))
t("strided hex", lambda: nc.hex())

# Released views refuse everything but release and identity comparison.
gone = memoryview(b"abc")
gone.release()
for name, f in [
    ("len", lambda: len(gone)),
    ("item", lambda: gone[0]),
    ("slice", lambda: gone[1:]),
    ("set", setter(gone, 0, 1)),
    ("tobytes", lambda: gone.tobytes()),
    ("tolist", lambda: gone.tolist()),
    ("hex", lambda: gone.hex()),
    ("obj", lambda: gone.obj),
    ("nbytes", lambda: gone.nbytes),
    ("readonly", lambda: gone.readonly),
    ("format", lambda: gone.format),
    ("itemsize", lambda: gone.itemsize),
    ("ndim", lambda: gone.ndim),
    ("shape", lambda: gone.shape),
    ("strides", lambda: gone.strides),
    ("contiguous", lambda: gone.contiguous),
    ("cast", lambda: gone.cast("B")),
    ("toreadonly", lambda: gone.toreadonly()),
    ("hash", lambda: hash(gone)),
    ("list", lambda: list(gone)),
    ("bytes", lambda: bytes(gone)),
    ("bytearray", lambda: bytearray(gone)),
    ("memoryview", lambda: memoryview(gone)),
    ("bool", lambda: bool(gone)),
    ("enter", lambda: gone.__enter__()),
    ("eq self", lambda: gone == gone),
    ("eq other", lambda: gone == b"abc"),
    ("eq from other", lambda: memoryview(b"abc") == gone),
    ("release", lambda: gone.release()),
]:
    t("released " + name, f)

def use_after_with():
    with memoryview(b"x") as v:
        pass
    return v[0]

t("after with", use_after_with)

# A bytearray with a live view cannot change size; same-size changes are fine.
b = bytearray(b"abcdef")
v = memoryview(b)

def aug_add():
    global b
    b += b"x"

def aug_mul():
    global b
    b *= 2

def aug_mul_one():
    global b
    b *= 1
    return b

def set_slice(key, value):
    def f():
        b[key] = value
        return b
    return f

def del_key(key):
    def f():
        del b[key]
        return b
    return f

for name, f in [
    ("append", lambda: b.append(1)),
    ("extend", lambda: b.extend(b"x")),
    ("extend empty", lambda: b.extend(b"")),
    ("pop", lambda: b.pop()),
    ("remove", lambda: b.remove(ord("a"))),
    ("remove missing", lambda: b.remove(ord("z"))),
    ("insert", lambda: b.insert(0, 1)),
    ("clear", lambda: b.clear()),
    ("+=", aug_add),
    ("*= 2", aug_mul),
    ("*= 1", aug_mul_one),
    ("grow slice", set_slice(slice(0, 1), b"xy")),
    ("same slice", set_slice(slice(0, 2), b"XY")),
    ("step slice", set_slice(slice(None, None, 3), b"12")),
    ("item", set_slice(5, 0x21)),
    ("del item", del_key(0)),
    ("del slice", del_key(slice(0, 2))),
    ("del empty slice", del_key(slice(3, 3))),
    ("init", lambda: b.__init__(b"abc")),
    ("reverse", lambda: b.reverse()),
]:
    t("exported " + name, f)
print(b, v.tobytes())

v2 = v[1:]
v.release()
t("one view left", lambda: b.append(1))
v2.release()
t("no views left", lambda: b.append(1))
v3 = memoryview(b)
del v3
t("view deleted", lambda: b.append(2))
with memoryview(b) as v4:
    t("inside with", lambda: b.append(3))
t("after with", lambda: b.append(3))
v5 = memoryview(memoryview(b))
t("view of view", lambda: b.append(4))
del v5
t("view of view gone", lambda: b.append(4))
print(b)
