# Matrix class with operator overloading, fractions-free rational elimination, floats and formatting.
import math


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x + other for x in r] for r in self.rows])
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    __radd__ = __add__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n = self.shape[0]
        a = [[float(x) for x in r] for r in self.rows]
        d = 1.0
        for i in range(n):
            piv = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[piv][i]) < 1e-12:
                return 0.0
            if piv != i:
                a[i], a[piv] = a[piv], a[i]
                d = -d
            d *= a[i][i]
            for r in range(i + 1, n):
                f = a[r][i] / a[i][i]
                for c in range(i, n):
                    a[r][c] -= f * a[i][c]
        return d

    def inverse(self):
        n = self.shape[0]
        a = [[float(x) for x in r] + [float(i == j) for j in range(n)] for i, r in enumerate(self.rows)]
        for i in range(n):
            piv = max(range(i, n), key=lambda r: abs(a[r][i]))
            if abs(a[piv][i]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            a[i], a[piv] = a[piv], a[i]
            p = a[i][i]
            a[i] = [x / p for x in a[i]]
            for r in range(n):
                if r != i:
                    f = a[r][i]
                    a[r] = [x - f * y for x, y in zip(a[r], a[i])]
        return Matrix([r[n:] for r in a])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{x:.3f}" if isinstance(x, float) else str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print(A)
print(A.shape, A[1], A[1, 2], A.T() == A)
print(A + B)
print(A - B)
print(3 * A + 1)
print(A @ B)
print(repr(Matrix.identity(2)))
print(f"det A = {A.det():.6f}, det B = {B.det():.6f}")
Ai = A.inverse()
print(Ai)
prod = A @ Ai
print(all(math.isclose(prod[i, j], float(i == j), abs_tol=1e-9) for i in range(3) for j in range(3)))
F = Matrix([[1, 1], [1, 0]])
for k in (1, 2, 10, 50, 100, 300):
    print(k, (F ** k)[0, 1])
R = lambda t: Matrix([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
v = Matrix([[1.0], [0.0]])
for deg in range(0, 360, 45):
    w = R(math.radians(deg)) @ v
    print(f"{deg:3d}: ({w[0, 0]:+.4f}, {w[1, 0]:+.4f}) |v|={math.hypot(w[0, 0], w[1, 0]):.12f}")
H = Matrix([[1 / (i + j + 1) for j in range(4)] for i in range(4)])
print(H)
print(f"{H.det():.6e}")
Z = Matrix.zeros(2, 3)
Z[1, 2] = 7
print(Z, Z.T().shape, sep="\n")
for bad in (lambda: A @ Z, lambda: A + Z, lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2], [2, 4]]).inverse()):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(sum(sum(r) for r in (B ** 5).rows), max(max(r) for r in (B ** 5).rows))
A @ 3
