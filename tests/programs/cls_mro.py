# Multiple inheritance and C3 method resolution order
def mro(c):
    return [k.__name__ for k in c.__mro__]
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(mro(D), D().who())
class E(C, B):
    pass
print(mro(E), E().who())
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print(mro(M))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def greet(self):
        return "mixin greet for " + self.name()
class Named:
    def name(self):
        return "named"
class Both(Mixin, Named):
    pass
print(Both().greet(), mro(Both))
class P1:
    attr = "P1"
class P2:
    attr = "P2"
    only2 = "only in P2"
class Q(P1, P2):
    pass
print(Q.attr, Q.only2, mro(Q))
print(D.mro() == list(D.__mro__), [b.__name__ for b in D.__bases__])
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class InitAll(Init1, Init2):
    def __init__(self):
        print("InitAll")
        super().__init__()
InitAll()
print(issubclass(D, C), issubclass(E, B), isinstance(D(), A))
