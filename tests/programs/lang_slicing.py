# Slicing: reading, assignment, deletion, steps, negative indices
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[::-3], s[-1:-4:-1])
t = "abcdefgh"
print(t[1:4], t[::-1], t[::3], t[-2:], t[:0], t[3:3])
u = (1, 2, 3, 4, 5)
print(u[1:-1], u[::2], u[4:0:-1])
s[2:5] = ["a", "b"]
print(s)
s[1:1] = [100, 101, 102]
print(s)
s[:] = s[::-1]
print(s)
s[::2] = range(len(s[::2]))
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
del s[-1]
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(s[slice(1, 4)], s[slice(None, None, -1)])
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step)
print(sl.indices(5))
class Show:
    def __getitem__(self, key):
        return key
o = Show()
print(o[1], o[1:2], o[::3], o[1:2, 3], o[..., 1], o[:, ::-1])
b = bytearray(b"hello")
b[1:3] = b"EY"
print(b)
