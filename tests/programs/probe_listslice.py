# list/tuple methods and slicing
a = list(range(10))
print(a[::2], a[1::3], a[::-1], a[-3:], a[:-3], a[8:2:-2], a[100:], a[-100:2])
print(a[slice(2, 8, 3)], a[slice(None, None, -3)], slice(1, 10, 2).indices(5))
b = a[:]
b[::2] = ["x"] * 5
print(b)
b = a[:]
b[1:4] = []
print(b)
b = a[:]
b[2:2] = [100, 200, 300]
print(b)
b = a[:]
b[::-3] = "ABCD"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b = a[:]
del b[::3]
print(b)
del b[-2:]
print(b)
b[3:] = (7, 8)
print(b)
b[:0] = range(3)
print(b)
c = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]
print(c.index(5), c.index(5, 1), c.index(5, 7, 10), c.count(5), c.count(42))
try:
    c.index(42)
except ValueError as e:
    print("ValueError:", e)
c.insert(0, "front"); c.insert(100, "back"); c.insert(-1, "pen"); c.insert(-100, "ffront")
print(c)
print(c.pop(), c.pop(0), c.pop(-2), c)
c.remove(1)
print(c)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
r2 = recs[:]
r2.sort(key=lambda r: r[0], reverse=True)
print(r2)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
d = [3, 1, 2]
print(d.sort(), d, d.reverse(), d)
e = [1, 2]
e.extend((3, 4)); e.extend("ab"); e += [5]; e *= 2
print(e, len(e))
print([0] * 3, [[0]] * 2, 3 * [1, 2], [] * 5)
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(1, 1), t[1:4], t[::-1], t + (9,), t * 2, (1,) * 0)
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 9), [1, 2] == [1, 2], (1, [2]) == (1, [2]), [] < [0])
print(min([(2, "b"), (1, "z"), (1, "a")]), max(["aa", "b", "abc"]))
nested = [[1, 2], [3, 4]]
cp = nested.copy()
cp[0].append(99)
cp.append([5])
print(nested, cp)
x = [1, 2, 3]
x[1:2] = x
print(x)
y = list("hello")
y[1:-1] = reversed(y[1:-1])
print(y, "".join(y))
print(list(reversed((1, 2, 3))), list(enumerate("ab", 5)), tuple([1, [2]]))
z = [3, 1, 2]
z.clear()
print(z, bool(z), len(z))
lst = [1, 2, 3, 4, 5, 6]
for i, v in enumerate(lst[:]):
    if v % 2 == 0:
        lst.remove(v)
print(lst)
a2 = [1, 2, 3]
a2[len(a2):] = [4, 5]
a2[-1:-1] = [4.5]
print(a2, a2[-1], a2[-len(a2)])
try:
    a2[10]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
print([i for i in range(20)][3:17:4], list(range(10))[::-4], list(range(10, 0, -3)))
print(range(10)[2:8:2], range(0, 20, 3)[::-1], len(range(-5, 5, 3)), 7 in range(1, 10, 3))
