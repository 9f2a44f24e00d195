# tuples: packing, indexing, slicing, count/index
t = 1, 2, 3
print(t, type(t).__name__, len(t))
e = ()
s = (5,)
print(e, s, (5), len(e), len(s), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
a, b, c = t
print(a, b, c)
first, *rest = (10, 20, 30, 40)
print(first, rest)
*init, last = 'xyz'
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
t2 = (1, 'a', 2.5, None, [1], (2, 3))
print(t2, t2[1], t2[-1], t2[-1][0], t2[1:3], t2[::-1], t2[::2])
print((1, 2, 1, 3, 1).count(1), (1, 2, 3).index(3), (1, 2, 1, 3).index(1, 1), ('a', 'b').count('z'))
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
print(t + (4, 5), t * 2, 2 * (0,), (1,) * 0, t + ())
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
lst_in = ([1], [2])
lst_in[0].append(9)
print(lst_in)
u = t
u += (4,)
print(t, u, u is t)
print(3 in t, 9 in t, (2, 3) in [(2, 3)], min(t), max(t), sum(t), sorted((3, 1, 2)))
print(repr((1,)), repr(((),)), str((1, 'a')), repr(('x', "y'")))
for i, v in enumerate(('p', 'q')):
    print(i, v)
