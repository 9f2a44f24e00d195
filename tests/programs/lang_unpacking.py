# Sequence unpacking in assignments and for-loops
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = [3, 4], 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p, *q, r = 1, 2
print(p, q, r)
[s, t] = "ab"
print(s, t)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
m = n = o = [0]
m.append(1)
print(m, n, o, m is o)
l = [1, 2, 3]
i = 0
i, l[i] = 1, 9
print(i, l)
combined = [*range(3), *"ab", *(7, 8)]
print(combined)
t = (*[1, 2], 3)
print(t)
d = {**{"a": 1, "b": 2}, "c": 3, **{"a": 10}}
print(d)
s = {*[1, 2], *(2, 3)}
print(sorted(s))
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, *b, c = [1]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b = 5
except TypeError as ex:
    print("TypeError:", ex)
def gen():
    yield "g1"
    yield "g2"
g1, g2 = gen()
print(g1, g2)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a + b + c + d)
