# __slots__: restricted attributes, no __dict__, inheritance
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q:
    __slots__ = ["a"]
q = Q()
try:
    print(q.a)
except AttributeError as e:
    print("AttributeError:", e)
q.a = "set"
print(q.a)
del q.a
print(hasattr(q, "a"))
class Sub(P):
    pass
s = Sub(3, 4)
s.extra = "sub has dict"
print(s.x, s.extra, hasattr(s, "__dict__"))
class SubSlots(P):
    __slots__ = ("z",)
ss = SubSlots(1, 2)
ss.z = 3
print(ss.x, ss.y, ss.z)
try:
    ss.w = 4
except AttributeError as e:
    print("AttributeError:", e)
print(P.__slots__, type(P.x).__name__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
class ClassAttr:
    __slots__ = ("v",)
    default = "class-level"
ca = ClassAttr()
print(ca.default)
try:
    ca.default = "x"
except AttributeError as e:
    print("AttributeError:", e)
