import io

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO()
print(s.write("hello "), s.write("wörld\n"), s.write(""))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.read(3)), repr(s.read(2)), repr(s.read()), repr(s.read()))
s.seek(1)
s.write("EE")
print(repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.seek(0, 1), s.seek(2))
print(repr(s.read(-1)), repr(s.read(None)))

s = io.StringIO("line1\nline2\n\nlast")
print(repr(s.readline()), repr(s.readline(3)), repr(s.readline()), repr(s.readline(None)))
print(repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(s.readlines(7))
s.seek(0)
print(s.readlines(-1))
s.seek(0)
print([line for line in s])
s.seek(0)
print(list(enumerate(s)))
print(s.readline(0), s.tell())

s = io.StringIO("abc")
s.seek(1)
print(s.truncate(), repr(s.getvalue()), s.tell(), s.truncate(5), s.write("Z"), repr(s.getvalue()))
s = io.StringIO("abcdef")
print(s.truncate(2), repr(s.getvalue()), s.tell(), repr(s.read()))
s = io.StringIO()
s.seek(3)
s.write("x")
print(repr(s.getvalue()))
s = io.StringIO(None)
print(repr(s.getvalue()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s.write("\n")
    print(repr(s.getvalue()))

s = io.StringIO()
print("printed", 1, 2.5, sep="|", end="!\n", file=s)
print(file=s)
print("x", file=s, end="")
s.writelines(["a", "b\n", "c"])
print(repr(s.getvalue()))

with io.StringIO("ctx") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable())
print(f.closed)
for op in [f.read, f.getvalue, f.tell, f.readline, f.truncate, f.readlines, lambda: next(f),
           lambda: f.seek(0), lambda: f.write("x"), lambda: iter(f), f.flush]:
    err(op)
f.close()
print(f.closed)

s = io.StringIO("abc")
err(s.write, 1)
err(s.write, b"x")
err(s.seek, -1)
err(s.seek, 1, 1)
err(s.seek, 1, 2)
err(s.seek, 0, 3)
err(s.read, "x")
err(s.readline, 1.5)
err(s.truncate, -1)
err(io.StringIO, b"x")
err(io.StringIO, "x", "q")
err(io.StringIO, "x", 5)
print(type(s).__name__, io.StringIO.__name__, isinstance(s, io.StringIO))
it = iter(io.StringIO("p\nq"))
print(next(it), next(it), next(it, "done"))

class Upper(io.StringIO):
    def shout(self):
        return self.getvalue().upper()

u = Upper("abc")
u.write("X")
print(u.shout(), type(u).__name__, isinstance(u, io.StringIO))

class Joined(io.StringIO):
    def __init__(self, a, b, c):
        super().__init__(a + b + c)
        self.parts = 3

j = Joined("x", "y\n", "z")
print(repr(j.getvalue()), j.parts, j.readlines())
class Plain(io.StringIO):
    pass

p = Plain("p\r\nq", newline=None)
print(repr(p.getvalue()))
p.__init__("again")
print(p.getvalue(), p.tell())
