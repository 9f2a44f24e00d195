import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
for tc in "bBhHiIlLqQfd":
    a = A(tc, [1, 2, 3])
    print(tc, a, a.typecode, a.itemsize, len(a), a.tolist(), a.tobytes())
print(A("i"), A("d"), A("u"), A("u", "héllo"), A("f", [0.1, 2.5]), A("d", [1, 2.5, -0.0]))
print(A("Q", [2**64 - 1]), A("q", [-2**63]), A("L", [2**64 - 1]), A("b", b"\x01\xff"), A("H", bytearray(b"\x01\x02")))
print(A("i", range(5)), A("i", (x * x for x in range(4))), A("d", A("i", [1, 2])), A("i", A("i", [7])))

a = A("i", [10, 20, 30, 40, 50])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-2:])
a[0] = 11
a[-1] = 55
print(a)
a[1:3] = A("i", [7, 8, 9])
print(a)
a[::2] = A("i", [0, 0, 0])
print(a)
a[1:1] = A("i", [99])
print(a)
a[4:] = A("i")
print(a)
del a[0]
print(a)
del a[::2]
print(a)
del a[-1]
print(a, len(a))

a = A("i", [3, 1, 2])
a.append(4)
a.extend([5, 6])
a.extend(A("i", [7]))
a.extend(x for x in (8,))
a.insert(0, 0)
a.insert(-1, -1)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(-1)
print(a, a.index(2), a.index(5, 2), a.index(5, -4, -1), a.count(1), A("i", [1, 1, 2]).count(1))
a.reverse()
print(a, 3 in a, 42 in a, 3.0 in a)
print(list(a), [x for x in a], sum(a), max(a), sorted(a), list(reversed(a)))
b = A("h")
b.fromlist([1, 2, 3])
b.frombytes(b"\x04\x00\x05\x00")
print(b, b.tobytes())
u = A("u", "ab")
u.append("c")
u.extend("de")
u.fromunicode("fg")
print(u, u.tounicode(), u[1], u[1:3], list(u))
f = A("f", [1.5])
f.append(2)
f[0] = 0.1
print(f, f[0])
d = A("d", [1, 2])
d.byteswap()
print(d.tobytes() == A("d", [1, 2]).tobytes()[7::-1] + A("d", [1, 2]).tobytes()[:7:-1], d)
d.byteswap()
print(d)
x = A("i", [1, 2])
print(x + A("i", [3]), x * 2, 3 * x, x * 0, x * -1)
y = x
y += A("i", [9])
y *= 2
print(x, y is x)
it = iter(A("i", [1, 2]))
print(type(it).__name__, next(it), next(it), next(it, "done"))
grow = A("i", [1])
seen = []
for v in grow:
    seen.append(v)
    if v < 4:
        grow.append(v + 1)
print(seen)
import copy
c = copy.copy(x) if hasattr(copy, "copy") else x.__copy__()
print(c == x, c is x)

class MyArr(A):
    def total(self):
        return sum(self)

m = MyArr("i", [1, 2, 3])
print(m, m.total(), type(m).__name__, isinstance(m, A))
print(type(m[0:2]).__name__, type(m + m).__name__, type(m * 2).__name__, m[0:2])
