# Slice bounds whose __index__ resizes the sequence being sliced: the bounds are converted
# first and the length read after, as CPython does (this used to panic for lists).
a = list(range(10))
class Evil:
    def __index__(self):
        del a[2:]
        return 8
try:
    print(a[0:Evil()])
except Exception as e:
    print(type(e).__name__, e)
b = list(range(10))
class Evil2:
    def __index__(self):
        del b[2:]
        return 8
b[0:Evil2()] = [1]
print(b)
c = list(range(10))
class Evil3:
    def __index__(self):
        del c[2:]
        return 1
print(c[0:8:Evil3()])
d = bytearray(b"abcdefgh")
class Evil4:
    def __index__(self):
        del d[2:]
        return 8
print(d[0:Evil4()])
d2 = bytearray(b"abcdefgh")
class Evil5:
    def __index__(self):
        del d2[2:]
        return 6
d2[0:Evil5()] = b"xy"
print(d2)
e = list(range(10))
class Evil6:
    def __index__(self):
        del e[3:]
        return 9
del e[1:Evil6()]
print(e)
import array
f = array.array("i", range(10))
class Evil7:
    def __index__(self):
        del f[2:]
        return 8
print(f[0:Evil7()])
g = bytearray(b"abcdef")
class Evil8:
    def __index__(self):
        del g[1:]
        return 0
print(g[Evil8()])
try:
    print(bytearray(b"ab")[1.5])
except TypeError as e:
    print("TypeError:", e)
