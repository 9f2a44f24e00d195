class I(int):
    def __invert__(self): return "inv"
    def __neg__(self): return "neg"
    def __repr__(self): return "R"
i = I(3)
print(~i, -i, int.__repr__(i), str(i))
class J(int): pass
J.__str__ = int.__repr__
print(str(J(4)))
class S(str):
    def __repr__(self): return "SR"
print(str.__repr__(S("a")), str(S("b")), str.__str__(S("c")))
class E:
    def __repr__(self): return "E"
class S2(str, E): pass
print(S2.__repr__ is str.__repr__, repr(S2('x')), list.__repr__([1]), dict.__repr__({1: 2}))
try:
    list.__repr__(5)
except TypeError as e:
    print(type(e).__name__, e)
print(str.__hash__('abc') == hash('abc'))
class M(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)
    def __getitem__(cls, key):
        return (cls.__name__, key)
class A(metaclass=M): pass
A.x = 1
type.__setattr__(A, 'y', 2)
print(A.x, A.y, A['k'])
class D(dict):
    def __setitem__(self, k, v):
        print("ns set", k)
        super().__setitem__(k, v)
class P(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return D()
class B(metaclass=P):
    z = 1
    def f(self): pass
print(B.z)
class Missing:
    def __missing__(self, key):
        return "missing " + key
class MD(dict, Missing):
    pass
print(MD(a=1)["b"], MD(a=1)["a"])
