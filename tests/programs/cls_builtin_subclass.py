# Subclassing builtin types: int, str, list, dict, tuple
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
    def __repr__(self):
        return f"MyInt({int(self)})"
n = MyInt(21)
print(n, n.double(), n + 1, type(n + 1).__name__, type(n.double()).__name__, n == 21, isinstance(n, int))
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, type(s).__name__, type(s[:2]).__name__)
class CountingDict(dict):
    def __setitem__(self, k, v):
        print("setting", k)
        super().__setitem__(k, v)
cd = CountingDict()
cd["a"] = 1
cd.update(b=2)
print(cd, len(cd), isinstance(cd, dict))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def first(self):
        return self[0]
u = Upper("hello")
print(u, u.first(), u + "!", type(u + "!").__name__, u.lower(), len(u))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), p == (1, 2), len(p), type(p).__name__)
class Flag(int):
    pass
print(Flag(5) + Flag(6), Flag(3) * 2, sorted([Flag(3), 1, Flag(2)]))
class Attrs(list):
    pass
a = Attrs()
a.note = "lists subclasses have __dict__"
print(a.note, a)
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(404, "not found")
except Exception as ex:
    print(ex, ex.code, ex.args, type(ex).__name__)
