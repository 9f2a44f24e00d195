# type() and isinstance / issubclass
vals = [1, 1.5, 'a', b'b', bytearray(b'c'), [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(3), slice(1, 2),
        len, print, abs, type, object(), 10 ** 30, iter([]), iter(()), iter({}), iter(set()), zip(), map(abs, []), enumerate([]), reversed([]), NotImplemented, Ellipsis]
for v in vals:
    print(type(v).__name__, type(v) is type(v), type(type(v)).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance('a', str), isinstance([], (list, tuple)), isinstance(None, type(None)), isinstance(int, type), isinstance(3.0, (int,)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(list, (tuple, list)), issubclass(type, object))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class A:
    pass
class B(A):
    pass
b = B()
print(type(b).__name__, isinstance(b, A), isinstance(b, B), issubclass(B, A), issubclass(A, B), type(b) is B, type(b) is A)
print(type(A).__name__, type(B.__mro__).__name__, [c.__name__ for c in B.__mro__])
print(type(1) == int, type(True) == int, type('') is str, int is type(0))
T = type('T', (A,), {'v': 5})
print(T.__name__, T.v, isinstance(T(), A), T.__bases__[0].__name__)
print(repr(type(None)), repr(int), repr(str), repr(type), repr(A).startswith("<class '"), repr(len))
print(repr(Ellipsis), repr(...), repr(NotImplemented), ... is Ellipsis)
