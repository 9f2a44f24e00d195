# slicing, slice assignment, extended slices, deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[0:0] = [100, 101]
print(b)
b[len(b):] = [-1]
print(b)
b[1:3] = []
print(b)
b[:] = 'abc'
print(b)
c = list(range(10))
c[::2] = ['e'] * 5
print(c)
c[1::2] = range(5)
print(c)
c[::-3] = 'WXYZ'
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[::-2]
print(d)
e = list(range(6))
e[2:4] = range(10, 15)
print(e)
e[-2:] = []
print(e)
e[3:1] = [9]
print(e)
try:
    x = [1, 2, 3]
    x[5]
except IndexError as err:
    print(type(err).__name__, err)
try:
    x = [1, 2, 3]
    x[5] = 1
except IndexError as err:
    print(type(err).__name__, err)
try:
    del x[9]
except IndexError as err:
    print(type(err).__name__, err)
try:
    x['a']
except TypeError as err:
    print(type(err).__name__, err)
f = [1, 2, 3]
f[1:2] = f
print(f)
g = [0, 1, 2, 3]
g[1], g[3] = g[3], g[1]
print(g, g[slice(1, 3)], g[slice(None, None, -1)])
