from collections import deque

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()), list(d), list(reversed(d)), 2 in d, 9 in d)
d.append(4)
d.appendleft(0)
print(d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(100)
print(d)
print(d[0], d[-1], d[3])
d[0] = 100
d[-1] = 'last'
del d[1]
del d[-2]
print(d)
print(d.count(1), d.count('zz'), d.index(1), d.index(100), d.index(1, 1), d.index(-1, -5, -1))
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('x')
print(d)
d.reverse()
print(d)
e = d.copy()
e.clear()
print(e, d, type(e))
print(deque('abc'), deque(), deque(range(5)), deque(x * x for x in range(4)))
print(deque(iterable=[1]), deque(maxlen=2), deque([], None))
d.extend(d)
print(d)
d.extendleft(d)
print(len(d))

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) >= deque([1, 2, 0]), deque() < deque([0]))

# arithmetic
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 3 * deque([1]), deque([1]) * 0, deque([1, 2]) * -1)
g = deque([1])
h = g
g += [2, 3]
print(h, g is h)
g *= 2
print(h, g is h)
g *= 0
print(h)

# maxlen
m = deque(range(10), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.appendleft(99)
print(m)
m.append(100)
print(m)
m.extend(range(5))
print(m)
m.extendleft('ab')
print(m)
print(deque([1, 2], maxlen=3) * 2, deque([1, 2, 3], maxlen=5) * 3)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([1, 2])
print(z, len(z))
mm = deque([1, 2], maxlen=5)
mm += [3, 4, 5, 6]
print(mm)
print(m.copy(), m.__copy__(), m.copy() is m, m.copy() == m)
m.__init__([7, 8, 9, 10])
print(m)
m.__init__([1, 2, 3, 4], 2)
print(m)

# recursion
x = deque()
x.append(x)
print(x)
y = deque([1])
y.append([y])
print(y)

# iteration
for v in deque([5, 6]):
    print(v, end=' ')
print()
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it), list(it))
r = reversed(deque([1, 2, 3]))
print(next(r), list(r))
print(sorted(deque([3, 1, 2])), sum(deque([1, 2, 3])), max(deque('hello')))
a, b, c = deque([1, 2, 3])
print(a, b, c, [*deque([1, 2])])


# subclassing
class Q(deque):
    def __init__(self, name, items):
        super().__init__(items, maxlen=5)
        self.name = name

    def push(self, x):
        self.append(x)
        return self


q = Q('qq', [1, 2, 3])
print(q, q.name, type(q).__name__, isinstance(q, deque), q.maxlen, len(q))
q.push(9).push(10).push(11)
print(q, q[0], q[-1], list(reversed(q)))


class R(deque):
    pass


r = R([1, 2], 4)
print(r, r.copy(), type(r.copy()).__name__, r + deque([3]), type(r + deque([3])).__name__)
print(type(R([1]) * 2).__name__, R() == deque(), R([1]) == deque([1]))


class Stack(deque):
    def __repr__(self):
        return 'Stack' + repr(list(self))

    def __len__(self):
        return 42


s = Stack([1, 2])
print(s, len(s), str(s))
print(deque.__name__, deque.__qualname__, deque.__module__, deque, type(iter(deque())))
print(deque[int])
