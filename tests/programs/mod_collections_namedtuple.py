from collections import namedtuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]), type(p), Point)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point._field_defaults)
print(Point(x=10, y=20), Point(1, y=3), p.__getnewargs__(), Point.__match_args__)
x, y = p
print(x, y, p + (3,), p * 2, hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 2)]))
t(lambda: Point(1))
t(lambda: Point(1, 2, 3))
t(lambda: Point(1, z=2))
t(lambda: Point._make([1]))
t(lambda: p._replace(z=1))
t(lambda: setattr(p, 'x', 5))
t(lambda: p.z)

P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3.__new__.__defaults__)
P4 = namedtuple('P4', 'a, b,c')
print(P4(1, 2, 3), P4._fields)
One = namedtuple('One', 'v')
print(One(1), One._fields)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
R = namedtuple('R', ['abc', 'def', 'ghi', '_x', 'abc', '1x'], rename=True)
print(R._fields)
M = namedtuple('M', 'a b', module='mymod')
print(M, M.__module__)

t(lambda: namedtuple('Bad', 'a a'))
t(lambda: namedtuple('Bad', 'a _b'))
t(lambda: namedtuple('Bad', 'a def'))
t(lambda: namedtuple('Bad', 'a 1b'))
t(lambda: namedtuple('class', 'a'))
t(lambda: namedtuple('Bad name', 'a'))
t(lambda: namedtuple('Bad', ['a', 3]))
t(lambda: namedtuple('Bad', 'a', defaults=[1, 2]))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm2, type(v).__name__, Vec._fields)


def hot(n):
    s = 0
    for i in range(n):
        q = Point(i, i + 1)
        s += q.x * q.y - q[1]
    return s


for _ in range(30):
    r = hot(200)
print(r)
print(Point.x, Point.y.__doc__)
