# len, enumerate, zip, map, filter, reversed
print(len('abc'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b'xy'), len(''))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('xy', start=-2)))
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, 'end'))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(range(3), 'xyz', [True, False, None])))
print(dict(zip('abc', range(3))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(len, ['a', 'bb', ''])), list(map(str.upper, 'ab')), list(map(int, '123')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 2.5])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
print(list(filter(str.isdigit, 'a1b2c3')))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))), ''.join(reversed('hello')))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(None)
except TypeError as e:
    print(type(e).__name__, e)
m = map(lambda x: x * x, range(4))
print(next(m), list(m), list(m))
z = zip('ab', 'cd')
print(type(z).__name__, type(m).__name__, type(e if False else enumerate([])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(list(zip([1, 2, 3], 'abc', strict=True)))
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
