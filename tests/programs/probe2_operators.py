import math

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vector(self.x + other, self.y + other)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __neg__(self): return Vector(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return math.hypot(self.x, self.y)
    def __matmul__(self, other): return self.x * other.x + self.y * other.y
    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other): return abs(self) < abs(other)
    def __le__(self, other): return self < other or self == other
    def __gt__(self, other): return other < self
    def __ge__(self, other): return not self < other
    def __bool__(self): return bool(self.x or self.y)
    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return f"<{abs(self):{inner}}, {math.degrees(math.atan2(self.y, self.x)):{inner}}deg>"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    __hash__ = None

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self): return "Matrix(" + repr(self.rows) + ")"
    def __matmul__(self, other):
        if isinstance(other, Vector):
            r = self.rows
            return Vector(r[0][0] * other.x + r[0][1] * other.y, r[1][0] * other.x + r[1][1] * other.y)
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __rmatmul__(self, other): return "rmatmul from " + type(other).__name__
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __eq__(self, other): return isinstance(other, Matrix) and self.rows == other.rows

a = Vector(3, 4)
b = Vector(1.5, -2)
print(a + b, a - b, a * 2, 2 * a, 1 + a, a + 1)
print(-a, +a is a, abs(a), a @ b)
print(a == Vector(3, 4), a != Vector(3, 4), a == 5, a != "x")
print(a < b, a <= b, a > b, a >= b, b < a)
print(sorted([a, b, Vector(0, 0), Vector(-1, 1)]))
print(bool(Vector(0, 0)), bool(b))
c = a
c += b
print(c, a, c is a)
print(f"{b:.2f}", f"{a:8.3p}", format(Vector(1, 1), ">6"))
try:
    a - 3
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except AttributeError as e:
    print("AttributeError:", type(e).__name__)
except TypeError as e:
    print("TypeError:", e)
m = Matrix([[1, 2], [3, 4]])
n = Matrix([[0, 1], [1, 0]])
print(m @ n, m @ Vector(1, 1))
print(5 @ m)
m2 = m
m2 @= n
print(m2, m2 is m, m == Matrix([[2, 1], [4, 3]]))
try:
    m @ 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
try:
    Vector(1, 2) @ 3
except AttributeError as e:
    print("AttributeError:", e)
