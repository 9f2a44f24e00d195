# Slice assignment of lists: the same length replaced in place, the list assigned to a
# slice of itself, other lengths, steps, bounds with __index__, and objects that die.


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        print("  index", self.i)
        return self.i


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


a = list(range(10))
a[2:5] = [20, 30, 40]
print(a)
a[:3] = a[7:]
print(a)
a[-3:] = [7, 8, 9]
print(a)
b = [1, 2, 3]
b[:] = b
print(b)
b[0:2] = b
print(b)
c = list(range(6))
c[1:3] = [9, 9, 9, 9]
print(c)
c[1:5] = []
print(c)
c[Idx(0):Idx(2)] = [5, 6]
print(c)
d = list(range(8))
d[::2] = [0, 0, 0, 0]
print(d)
d[5:2] = [1]
print(d)
perm = [3, 1, 0, 2, 4]
for _ in range(5):
    k = perm[0]
    perm[:k + 1] = perm[k::-1]
print(perm)
e = [Noisy("x"), Noisy("y"), 3]
print("assign")
e[0:2] = [1, 2]
print("after", e)
try:
    d[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    d[1:2] = 5
except TypeError as err:
    print("TypeError:", err)
