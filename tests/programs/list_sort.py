# sort with key and reverse, sorted stability
a = [5, 2, 8, 1, 9, 3, 2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'fig', 'Elder', 'apple']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, 'b'), (2, 'a'), (1, 'a'), (2, 'b'), (0, 'z'), (1, 'c')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[1]))
recs = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
by_age = sorted(recs, key=lambda r: r[1])
print(by_age)
print(sorted(by_age, key=lambda r: r[1], reverse=True))
b = [3, 1, 2]
r = b.sort()
print(r, b)
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'x', 1: 'y'}), sorted([]), sorted([1.5, -2, 0]))
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted([-3, 2, -1], key=abs))
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
c = list(range(20))
c.sort(key=lambda v: v % 3)
print(c)
c.sort(key=lambda v: -v)
print(c)
print(sorted([True, False, 1, 0, 2]), sorted(['b', 'a'], reverse=True))
