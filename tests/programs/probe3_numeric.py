# Matrices, Gaussian elimination, and hand-written fractions.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Frac with zero denominator')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f'Frac({self.n}, {self.d})'
    def __str__(self):
        return str(self.n) if self.d == 1 else f'{self.n}/{self.d}'

def matmul(A, B):
    return [[sum(A[i][k] * B[k][j] for k in range(len(B))) for j in range(len(B[0]))]
            for i in range(len(A))]

def transpose(M):
    return [list(r) for r in zip(*M)]

def gauss(A, b):
    n = len(A)
    M = [row[:] + [bv] for row, bv in zip(A, b)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[piv][col]) < 1e-12:
            raise ValueError('singular matrix')
        M[col], M[piv] = M[piv], M[col]
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= f * M[col][c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (M[i][n] - sum(M[i][j] * x[j] for j in range(i + 1, n))) / M[i][i]
    return x

def show(M, spec='8.3f'):
    for row in M:
        print('[' + ' '.join(format(v, spec) for v in row) + ']')

A = [[2.0, 1.0, -1.0], [-3.0, -1.0, 2.0], [-2.0, 1.0, 2.0]]
b = [8.0, -11.0, -3.0]
x = gauss(A, b)
print([f'{v:.6f}' for v in x], [round(v, 9) for v in x])
show(matmul(A, transpose(A)))
show([[1, 2], [3, 4]], '>5d')
try:
    gauss([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
except ValueError as e:
    print('error:', e)
H = [[Frac(1, i + j + 1) for j in range(3)] for i in range(3)]
print([[str(v) for v in row] for row in H])
HH = matmul(H, H)
print([[str(v) for v in row] for row in HH])
s = sum(Frac(1, k * (k + 1)) for k in range(1, 50))
print(s, repr(s), float(s), Frac(6, -8), Frac(0, 5), -Frac(3, 9))
print(Frac(1, 3) + Frac(1, 6) == Frac(1, 2), Frac(2, 4) == Frac(1, 2), Frac(3) == 3)
print(sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4), Frac(-1, 5)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), Frac(1, 2) / Frac(3, 4), 2 * Frac(1, 3))
try:
    Frac(1, 2) / Frac(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
vals = [1e-5, 123456.789, -0.5, 2 ** 0.5, 1 / 3, 1e21, float('inf'), -0.0]
for v in vals:
    print(f'{v:12.4e}|{v:<12.3f}|{v:+g}|{v!r}|{v:.2%}')
print(f'{1234567.891:,.2f} {255:#x} {255:08b} {-42:+06d} {3.14159:^10.2f}|')
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), divmod(-7.5, 2), 7 // -2, -7 % 3)
