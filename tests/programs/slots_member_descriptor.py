class P:
    __slots__ = ("x", "y")
class Q(P):
    __slots__ = ("z",)
print(type(P.x).__name__, P.x, Q.z, Q.x)
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__.__name__, P.x.__doc__, Q.z.__qualname__)
p = Q(); p.x = 1; p.z = 3
print(P.x.__get__(p, Q), p.z)
P.y.__set__(p, 7)
print(p.y, P.x.__get__(None, Q) is P.x)
P.y.__delete__(p)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
