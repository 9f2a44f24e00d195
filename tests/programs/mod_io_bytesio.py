import io

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO()
print(b.write(b"hello "), b.write(bytearray(b"world\n")), b.write(b""))
print(b.getvalue(), b.tell())
b.seek(0)
print(b.read(3), b.read(2), b.read(), b.read())
b.seek(1)
b.write(b"EE")
print(b.getvalue(), b.tell())
print(b.seek(0, 2), b.seek(-3, 2), b.seek(1, 1), b.seek(-100, 1), b.seek(2))
print(b.read(-1), b.read(None), b.read1())

b = io.BytesIO(b"line1\nline2\n\nlast")
print(b.readline(), b.readline(3), b.readline(), b.readline(None))
print(b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines())
b.seek(0)
print(b.readlines(7))
b.seek(0)
print([line for line in b])

b = io.BytesIO(b"abc")
print(b.seek(10), b.write(b"Z"), b.getvalue(), b.seek(-2, 2), b.read())
b = io.BytesIO(bytearray(b"abcdef"))
print(b.truncate(2), b.getvalue(), b.tell(), b.read())
b.seek(1)
print(b.truncate(), b.getvalue())
b.writelines([b"x", b"yz"])
print(b.getvalue())

with io.BytesIO(b"ctx") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)
for op in [f.read, f.getvalue, f.tell, f.readline, f.truncate, lambda: next(f),
           lambda: f.seek(0), lambda: f.write(b"x")]:
    err(op)

b = io.BytesIO(b"abc")
err(b.write, "x")
err(b.write, 5)
err(b.seek, -1)
err(b.seek, 0, 3)
err(b.read, "x")
err(b.truncate, -1)
err(io.BytesIO, "x")
print(type(b).__name__, isinstance(b, io.BytesIO))

class B2(io.BytesIO):
    def __init__(self, n):
        super().__init__(b"#" * n)

print(B2(3).getvalue(), type(B2(1)).__name__)
class B3(io.BytesIO):
    pass

print(B3(b"q").read())
