# heapq primitives: the list after every operation, as CPython's C sift algorithms leave it.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 6, 0, 4, 5]:
    heappush(h, x)
    print('push', x, h)
while h:
    v = heappop(h)
    print('pop', v, h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 15, 11, 13, 12, 14, 10]
heapify(data)
print('heapify', data)
for x in [3, 20, -1, 7]:
    print('replace', x, heapreplace(data, x), data)
for x in [-5, 100, 4, 4]:
    print('pushpop', x, heappushpop(data, x), data)
print('pushpop empty', heappushpop([], 3))

# Ties and tuples: only < is used.
t = []
for item in [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q'), (2, 'a')]:
    heappush(t, item)
print(t)
print([heappop(t) for _ in range(len(t))])

# Objects with only __lt__; the calls are counted.
calls = []
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return 'I%d' % self.v
items = [Item(v) for v in [4, 1, 3, 1, 5, 9, 2, 6]]
heapify(items)
print(items, len(calls), calls[:6])
calls.clear()
print(heappop(items), items, calls)
calls.clear()
heappush(items, Item(0))
print(items, calls)

big = list(range(100, 0, -3))
heapify(big)
print(big)
strs = ['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry']
heapify(strs)
print(strs, heappop(strs), strs)

# The max-heap helpers heapq.merge and nlargest use.
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m, heapq._heapreplace_max(m, 0), m)

for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heapq._heappop_max([]),
            lambda: heapq._heapreplace_max([], 1)]:
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
for bad in [lambda: heappush((), 1), lambda: heappop('abc'), lambda: heapify(5), lambda: heapify(None),
            lambda: heappushpop(None, 1), lambda: heapreplace({}, 1), lambda: heappush([]),
            lambda: heappop(), lambda: heapify([], 2), lambda: heappush(heap=[], item=1),
            lambda: heappush([1, 'a'], 2), lambda: heapify([1, 'x', 2])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
x = [2, 'a']
try:
    heappush(x, 1)
except TypeError as e:
    print(type(e).__name__, e, x)
