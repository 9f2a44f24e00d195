# comparisons, comprehensions, nested lists, misc operations
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] != [2, 1])
print([[1, 2], [3]] == [[1, 2], [3]], [1, [2, 3]] < [1, [2, 4]], [1.0] == [1], [None] == [None])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)], [c.upper() for c in 'abc' if c != 'b'])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [v for row in m for v in row], sum(m, []))
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], [2]], 'a' in ['abc'])
print(len([]), len([None] * 7), min([4, 2, 8]), max([4, 2, 8]), sum([1, 2, 3]))
print(list(reversed([1, 2, 3])), list(enumerate(['a', 'b'])), [1, 2, 3][::-1])
print(repr([]), repr([[]]), repr(['a', 1, 2.5, None, True, (1,), {'k': [1]}]), str(['x']))
r = []
r.append(r)
print(r, len(r), r[0] is r)
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0])
total = 0
stack = [nested]
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        total += item
print(total)
try:
    [1, 2] + (3,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr([], '__hash__'), [].__hash__ is None)
print([i for i in range(3)] + [9], list(map(lambda v: v + 1, [1, 2])), [0] * 0)
