# copy.copy: builtin containers, immutables returned as is, __copy__, instances, slots, subclasses.
import copy

lst = [1, [2, 3], {'a': 4}]
c = copy.copy(lst)
print(c, c == lst, c is lst, c[1] is lst[1], c[2] is lst[2])
d = {'x': [1], 'y': 2}
cd = copy.copy(d)
print(cd, cd is d, cd['x'] is d['x'])
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.copy(bytearray(b'ab')), copy.copy(bytearray(b'ab')) is None)

def f():
    pass
class K:
    pass
for v in [None, 1, 2.5, True, 3j, 'text', b'by', (1, [2]), frozenset({1}), range(3), f, len, K,
          Ellipsis, NotImplemented, int, slice(1, 2), 10 ** 30]:
    print(repr(v)[:20] if not callable(v) or isinstance(v, type) else type(v).__name__, copy.copy(v) is v)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(1, [2])
q = copy.copy(p)
print(q, q is p, q.y is p.y, type(q) is Point, q.__dict__)
q.x = 10
print(p, q)

# __init__ is not called.
class Loud:
    def __init__(self):
        print('init called')
        self.v = 1
l = Loud()
print(copy.copy(l).v)

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return WithCopy(self.v + 1)
print(copy.copy(WithCopy(1)).v)

class State:
    def __init__(self):
        self.a = 1
        self.secret = 'x'
    def __getstate__(self):
        print('getstate')
        return {'a': self.a}
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.restored = True
st = copy.copy(State())
print(sorted(st.__dict__.items()))

class OnlySet:
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
os_ = OnlySet()
print(type(copy.copy(os_)).__name__)   # empty __dict__: no state, no __setstate__ call
os_.z = 5
print(copy.copy(os_).z)

class Slots:
    __slots__ = ('a', 'b', 'c')
    def __init__(self):
        self.a = 1
        self.b = [2]
sl = copy.copy(Slots())
print(sl.a, sl.b, hasattr(sl, 'c'))

class Both(Slots):
    __slots__ = ('d', '__dict__')
b = Both()
b.d = 'd'
b.extra = 'e'
cb = copy.copy(b)
print(cb.a, cb.b, cb.d, cb.extra, cb.__dict__)

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 't'
cml = copy.copy(ml)
print(cml, type(cml).__name__, cml.tag, cml[1] is ml[1])
class MyDict(dict):
    pass
md = MyDict(a=1)
print(copy.copy(md), type(copy.copy(md)).__name__)
class MySet(set):
    pass
ms = copy.copy(MySet([3, 1]))
print(sorted(ms), type(ms).__name__)
class MyInt(int):
    pass
mi = copy.copy(MyInt(7))
print(mi, type(mi).__name__)
class MyStr(str):
    pass
print(repr(copy.copy(MyStr('s'))), type(copy.copy(MyStr('s'))).__name__)

class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print('reduce')
        return (Red, (self.v * 2,))
print(copy.copy(Red(4)).v)
class RedStr:
    def __reduce__(self):
        return 'RedStr'
r = RedStr()
print(copy.copy(r) is r)

class Meth:
    def m(self):
        return self
mo = Meth()
bm = copy.copy(mo.m)
print(bm() is mo)
e = ValueError('bad', 2)
e.note = 'n'
ce = copy.copy(e)
print(type(ce).__name__, ce.args, ce.note, ce is e)

try:
    copy.copy(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)
