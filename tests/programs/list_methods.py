# list methods
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
print(a)
a.extend('ab')
print(a)
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'beforelast')
a.insert(-100, 'veryfirst')
print(a)
a.remove(1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2))
print(a)
print(a.index(5), a.index('a'), a.count(1), a.count('zz'), a.index(1, 2))
try:
    a.index('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.remove('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
b = a.copy()
b.reverse()
print(a, b, a == b[::-1], a is b)
b.clear()
print(b, len(b), a)
c = [1, 2, 3]
c += [4]
c += 'xy'
print(c)
c *= 2
print(c, len(c))
del c[0]
del c[-1]
print(c)
print([0] * 5, [1, 2] * 3, [] * 10, [[]] * 2, 2 * [7])
print(list(), list('abc'), list(range(3)), list((1, 2)), list({1: 'a', 2: 'b'}))
print(len([1, [2, 3], [4, [5, 6]]]), [1, [2, 3]][1][0])
x = [1, 2, 3]
y = x
y.append(4)
print(x, y is x, x.__len__())
