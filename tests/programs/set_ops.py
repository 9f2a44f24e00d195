# set algebra: methods and operators
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a.union(b), a.union([9, 8], (0,)))
print(a & b, a.intersection(b), a.intersection(range(3), [2, 1]))
print(a - b, a.difference(b), b - a, a.difference([1], [2]))
print(a ^ b, a.symmetric_difference(b), b ^ a)
print(a, b)
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
c.update([4, 5], {6})
print(c)
c.intersection_update({4, 5, 6, 7})
print(c)
c.difference_update({4})
print(c)
c.symmetric_difference_update({6, 8})
print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(a | b), len(a & b), max(a), min(b), sum(a))
x = set(range(0, 20, 3))
y = set(range(0, 20, 2))
print(x, y)
print(x & y, x | y, x - y, x ^ y)
