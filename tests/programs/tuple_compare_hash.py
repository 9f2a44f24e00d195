# tuple comparisons, hashing, nesting
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 2) != (2, 1))
print((1, 'b') < (1, 'c'), (1, 2.0) == (1, 2), ((1, 2), 3) < ((1, 3), 0), (1, 2) <= (1, 2), (3,) >= (2, 100))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 'a') < (2, 1), (1, 'a') == (1, 2))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print(hash((1, 2)) == hash((1.0, 2)), hash((1, 2)))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, -2)), hash(((1, 2), (3, 4))))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): 'a', (3, 4): 'b'}
print(d[(1, 2)], d[1, 2], (3, 4) in d, (4, 3) in d)
nested = ((1, 2), (3, (4, 5)), ())
print(nested, nested[1][1][0], len(nested), len(nested[2]))
print(tuple(sorted([(2, 'b'), (1, 'z'), (2, 'a')])))
print(max([(1, 'z'), (2, 'a'), (2, 'b')]), min((3, 1), (3, 0)))
print(list(zip((1, 2, 3), ('a', 'b', 'c'))))
a = (1, 2)
b = (1, 2)
print(a == b, a is a, tuple(a) is a)
print(divmod(17, 5), type(divmod(17, 5)).__name__)
swap = (1, 2)
p, q = swap
p, q = q, p
print(p, q)
