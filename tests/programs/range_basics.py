# range: len, indexing, slicing, in, reversed, repr, equality
r = range(10)
print(r, repr(range(1, 5)), repr(range(0, 10, 2)), repr(range(5, 0, -1)), len(r), list(r))
print(list(range(5, 0, -1)), list(range(10, -10, -3)), list(range(0)), list(range(3, 3)), list(range(5, 1)), list(range(-5)))
for args in [(0, 10, 3), (10, 0, -3), (-5, 5, 2), (5, -5, -2), (0, 1, 5), (1, 0), (0, 100, 7)]:
    rg = range(*args)
    print(args, len(rg), list(rg), rg[0] if len(rg) else None, rg[-1] if len(rg) else None)
s = range(0, 20, 3)
print(s[2], s[-2], s[1:4], s[::-1], s[::2], s[5:1:-1], list(s[1:4]), s[100:], s[-3:])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(3 in s, 4 in s, 18 in s, 21 in s, -3 in s, 3.0 in s, 'a' in s)
print(s.index(9), s.count(9), s.count(10), range(5).index(4))
try:
    s.index(10)
except ValueError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))))
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2), range(1, 2) == range(1, 3), range(3) == range(0, 3, 1), range(3) != [0, 1, 2])
print(r.start, r.stop, r.step, s.start, s.stop, s.step, range(2, 8).start)
big = range(0, 10 ** 20, 100)
print(len(big), big[-1], 10 ** 20 - 100 in big, 10 ** 20 - 1 in big, big[10 ** 17], big[-10 ** 17])
huge = range(0, 10 ** 30, 7)
print(huge[-1], 7 * 10 ** 25 in huge, 7 * 10 ** 25 + 1 in huge, huge[10 ** 25], huge.index(7 * 10 ** 20))
try:
    len(huge)
except OverflowError as e:
    print(type(e).__name__, e)
print(sum(range(101)), max(range(5, 50, 6)), min(range(-3, 3)), sorted(range(3, 0, -1)))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)))
i = iter(range(3))
print(next(i), next(i), next(i), next(i, 'done'))
