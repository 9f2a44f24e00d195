from array import array as A

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for tc in "bBhHiIlLqQfdu":
    print(tc, end=": ")
    for v in [2**70, -2**70, 2**40, -2**40, 300, 70000, -1, 1.5, "x", None, "ab"]:
        try:
            A(tc, [v])
            print("ok", end=" ")
        except Exception as e:
            print(type(e).__name__, e, end=" | ")
    print()
err(A, 5)
err(A, "z")
err(A, "ii")
err(A, "i", "abc")
err(A, "u", [1])
err(A, "i", A("u", "a"))
err(A, "u", A("i", [1]))
err(A, "i", b"\x01")
err(A, "i", 5)
err(A)
a = A("i", [1, 2, 3])
err(a.extend, A("d", [1.0]))
err(a.extend, [4, 1.5, 5])
print(a)
err(a.pop, 10)
err(A("i").pop)
err(a.remove, 9)
err(a.index, 9)
err(a.index, 1, 1)
err(a.__getitem__, 5)
err(a.__getitem__, "x")
err(a.__setitem__, slice(0, 1), [1])
err(a.__setitem__, slice(0, 1), A("d", [1.0]))
err(a.__setitem__, slice(0, 3, 2), A("i", [1]))
err(a.__setitem__, 7, 1)
err(a.__setitem__, 0, 2**40)
err(a.__delitem__, 7)
err(a.append, "s")
err(a.insert, "x", 1)
err(a.frombytes, b"abc")
err(a.frombytes, "abcd")
err(a.fromlist, (1,))
err(a.fromlist, [1, "x"])
print(a)
err(a.tounicode)
err(a.fromunicode, "x")
err(A("u").fromunicode, 5)
err(lambda: a + [1])
err(lambda: a + A("d"))
err(lambda: a * "x")
err(lambda: a * 1.5)
def iadd():
    b = A("i")
    b += [1]
err(iadd)
def iadd2():
    b = A("i")
    b += A("b")
err(iadd2)
try:
    [1] + a
except TypeError:
    print("TypeError")
