# types.MethodType(func, obj): binding any callable to an object, and its errors.
from types import MethodType


class A:
    def f(self, *args):
        return ("f", type(self).__name__, args)


a = A()
m = MethodType(A.f, a)
print(type(m).__name__, m(1, 2), m.__self__ is a, m.__func__ is A.f)
bound_builtin = MethodType(print, "self-arg")
bound_builtin("and more")
m2 = MethodType(lambda self, x: (self, x), 10)
print(m2(5))
for args in [(1, a), (A.f, None), (A.f,)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
