# min/max/sum/abs/all/any/sorted
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a', 'c'), max([1, 5, 3], key=lambda x: -x))
print(min([], default='empty'), max([], default=None), max([2], default=0), min((), default=-1))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len), max('a', 'bb', 'cc', key=len))
print(max([1, 3, 3, 2], key=lambda x: x // 2), min([(1, 'b'), (1, 'a')]), max({1: 'a', 5: 'b'}), max({3, 9, 2}))
print(max(1, 2.5), min(-1, -1.0), max(True, 2), max([0.5, 0.25]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([]), sum([[1], [2]], []), sum(range(10), start=5), sum([True, True]))
print(sum([1, 2.5]), sum((x * x for x in range(4))), sum([10 ** 20, 1]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float('-inf')))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]), all('abc'), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
print(sorted([3, 1, 2], reverse=True), sorted('bca'), sorted([-5, 3, -1], key=abs, reverse=True), sorted({2: 0, 1: 0}))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return 'Box(%d)' % self.v
print(sorted([Box(3), Box(1), Box(2)]), max([Box(3), Box(7)]), min(Box(5), Box(4)))
