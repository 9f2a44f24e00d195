class A:
    __slots_like = 1
    def __init__(self):
        self.__x = 1
        self.__y__ = 2
    def get(self):
        return self.__x
    def __private(self):
        return "private"
    def call(self):
        return self.__private()
    @staticmethod
    def s(__z):
        return __z
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 10
    def both(self):
        return self.__x, self._A__x
b = B()
print(sorted(vars(b)), b.get(), b.both(), b.call(), A._A__slots_like)
try:
    b.__x
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(A, "_A__private"), hasattr(A, "__private"), A.s(5))
try:
    A.s(__z=3)
except TypeError as e:
    print("TypeError", e)
class _Under:
    def __init__(self):
        self.__v = 1
print(vars(_Under()))
class __:
    def __init__(self):
        self.__w = 2
print(vars(__()))
def outer():
    class C:
        def f(self):
            __local = 3
            g = lambda: __local
            return g(), [__local for _ in range(1)]
    return C().f()
print(outer())
__gv = 7
class D:
    def f(self):
        try:
            return __gv
        except NameError as e:
            return str(e)
print(D().f(), A.get.__name__, A._A__private.__name__, A._A__private.__qualname__)
class E:
    global __gg
    __gg = 5
print(_E__gg)
class S:
    __slots__ = ('__a', 'b', '__c__')
    def __init__(self):
        self.__a = 1
        self.b = 2
        self.__c__ = 3
    def get(self):
        return self.__a, self.b, self.__c__
s = S()
print(s.get(), s._S__a, hasattr(S, '_S__a'), hasattr(S, '__a'))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)
print(S.__slots__)
class C:
    __x: int = 1
print(C.__annotations__, C._C__x)
