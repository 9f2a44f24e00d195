# is vs ==, None comparisons, id() used only for identity
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, id(a) == id(c), id(a) == id(b))
x = None
print(x is None, x == None, x is not None, None is None, type(None)() is None)
print(None == 0, None == False, None == '', None != 0, not None)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
print(True is True, (1 == 1) is True, bool(1) is True, bool([]) is False)
t1 = (1, 2)
print(t1 is t1, t1 == (1, 2), t1[:] == t1)
s = 'hello'
print(s[:] == s, s == 'hel' + 'lo', s is s)
l2 = a[:]
print(l2 == a, l2 is a, list(a) is a)
d = {}
print(d.get('x') is None, print() is None, [].sort() is None, {}.clear() is None)
class Eq:
    def __eq__(self, other):
        return True
e = Eq()
print(e == 1, e == None, e is None, None == e, [e] == [5], e != 3)
nan = float('nan')
lst = [nan]
print(nan == nan, nan is nan, lst == lst, lst == [nan], nan in lst, lst.count(nan))
def f():
    pass
print(f() is None, f is f, f == f)
o1, o2 = object(), object()
print(o1 == o2, o1 is o2, o1 == o1, o1 != o2)
