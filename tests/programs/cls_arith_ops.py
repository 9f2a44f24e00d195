# Arithmetic dunders, reflected operators, NotImplemented, unary operators
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("rmul", k)
        return V(self.x * k, self.y * k)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __rsub__(self, other):
        return V(other - self.x, other - self.y)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return "matmul " + repr(o)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift %r" % (o,)
    def __rrshift__(self, o): return "rrshift %r" % (o,)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, 10 - a)
print(a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(b), ~a, a @ b, a & b, a | 1, a ^ 0, a << 2, 5 >> a)
print(sum([a, b, V(10, 10)]))
try:
    a + "str"
except TypeError as e:
    print("TypeError:", e)
try:
    "str" + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        print("Money.__add__")
        return NotImplemented
    def __repr__(self): return f"Money({self.c})"
class Wallet:
    def __radd__(self, o):
        print("Wallet.__radd__", o)
        return "wallet sum"
print(Money(1) + Wallet())
class SubV(V):
    def __radd__(self, o):
        print("SubV.__radd__ called first")
        return "subclass wins"
print(V(0, 0) + SubV(1, 1))
try:
    -Money(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) * 2
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self): return 2
lst = ["a", "b", "c"]
print(lst[Idx()], bin(Idx()), [1, 2, 3, 4][Idx():], 3 * [0][:1] * Idx())
