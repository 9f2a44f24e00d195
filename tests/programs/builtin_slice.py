# slice objects and slice.indices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, 2))
print(s.indices(5), s.indices(20), slice(None).indices(7), slice(None, None, -1).indices(7), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(10, -10, -2).indices(6), slice(0, 0).indices(0), slice(5, 2, -1).indices(3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
data = list(range(10))
print(data[s], data[slice(None, None, 3)], data[slice(-2, None)], 'abcdefghij'[s], tuple(data)[s])
print(range(*slice(2, 8, 3).indices(10)), list(range(*slice(None, None, -2).indices(6))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Grab:
    def __getitem__(self, key):
        return key
g = Grab()
print(g[1], g[1:2], g[::2], g[1:2, 3], g[:, ::-1], g[...], g['k'], g[1:2:3])
k = g[::]
print(type(k).__name__, k.start, k.stop, k.step)
lst = [0, 1, 2, 3, 4, 5]
lst[slice(0, 2)] = ['a', 'b', 'c']
print(lst)
del lst[slice(None, None, 2)]
print(lst)
try:
    hash(slice(1, 2))
    print('hashable')
except TypeError as e:
    print(type(e).__name__, e)
