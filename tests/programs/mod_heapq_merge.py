# heapq.merge, nsmallest and nlargest: key=, reverse=, n beyond the length, n <= 0, ties.
import heapq
from heapq import merge, nsmallest, nlargest

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge()), list(merge([])), list(merge([1, 2])))
print(list(merge([7, 5, 3], [8, 2], [6, 4, 0], reverse=True)))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
print(list(merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(merge(iter([1, 4]), (x for x in [2, 3]), range(0, 10, 4))))
g = merge([1, 2], [3])
print(type(g).__name__, next(g), next(g), list(g))

# Laziness: the inputs are read as the output needs them.
def noisy(name, values):
    for v in values:
        print('  read', name, v)
        yield v
out = merge(noisy('a', [1, 4]), noisy('b', [2, 3]))
print('made')
for v in out:
    print('got', v)

data = [5, 1, 8, 3, 9, 2, 7, 3, 0, 6]
for n in [-2, 0, 1, 3, 10, 20]:
    print(n, nsmallest(n, data), nlargest(n, data))
print(nsmallest(3, iter(data)), nlargest(3, iter(data)), nsmallest(1, iter([])), nlargest(2, []))
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff']
print(nsmallest(2, words, key=len), nlargest(2, words, key=len))
print(nsmallest(4, words, key=len), nlargest(4, words, key=len))
print(nsmallest(1, words, key=len), nlargest(1, words, key=len))
print(nsmallest(10, words, key=len), nlargest(10, words, key=len))
print(nlargest(3, {'x': 3, 'y': 1, 'z': 2}.items(), key=lambda kv: kv[1]))
print(nsmallest(2, 'hello'), nlargest(2, 'hello'), nsmallest(3, range(100, 0, -7)))
for bad in [lambda: nsmallest(2, 5), lambda: nlargest(2, [1, 'a', 2]), lambda: list(merge([1], ['a'])),
            lambda: nsmallest('2', [1])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(heapq.__all__)
