# Polynomial and Fraction classes: arithmetic dunders, __call__, __hash__, comparisons, __bool__.
import math


class Fraction:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Fraction({n}, 0)")
        if isinstance(n, Fraction):
            n, d = n.n, n.d * d
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Fraction) else Fraction(x) if isinstance(x, int) else NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __neg__(self):
        return Fraction(-self.n, self.d)

    def __sub__(self, o):
        return self + (-self._coerce(o))

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Fraction(o) / self

    def __pow__(self, k):
        return Fraction(self.n ** k, self.d ** k) if k >= 0 else Fraction(self.d ** -k, self.n ** -k)

    def __eq__(self, o):
        if isinstance(o, float):
            return self.n / self.d == o
        o = self._coerce(o)
        return o is not NotImplemented and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)

    def __bool__(self):
        return self.n != 0

    def __abs__(self):
        return Fraction(abs(self.n), self.d)

    def __repr__(self):
        return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"


class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while c and not c[-1]:
            c.pop()
        self.c = c

    @property
    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c))
        b = o.c + [0] * (n - len(o.c))
        return Poly(x + y for x, y in zip(a, b))

    def __mul__(self, o):
        if not isinstance(o, Poly):
            return Poly(a * o for a in self.c)
        out = [0] * (len(self.c) + len(o.c) - 1) if self.c and o.c else []
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __sub__(self, o):
        return self + o * -1

    def __divmod__(self, o):
        if not o.c:
            raise ZeroDivisionError("polynomial division by zero")
        r = [Fraction(x) for x in self.c]
        q = [Fraction(0)] * max(0, len(r) - len(o.c) + 1)
        while len(r) >= len(o.c) and any(r):
            k = len(r) - len(o.c)
            f = r[-1] / o.c[-1]
            q[k] = f
            for i, b in enumerate(o.c):
                r[i + k] = r[i + k] - f * b
            r.pop()
        return Poly(q), Poly(r)

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)

    def __eq__(self, o):
        return self.c == o.c

    def __repr__(self):
        if not self.c:
            return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if not a:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]


h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, t ** 3, t ** -2, 1 - h, 2 / t, h + 1, -h)
print(h == 0.5, h == Fraction(2, 4), h != t, t < h, h <= h, sorted([h, t, Fraction(-1, 7), Fraction(5)]))
print(hash(Fraction(4, 2)) == hash(2), len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), bool(Fraction(0, 5)))
print(float(t), int(Fraction(-7, 2)), abs(Fraction(-3, 9)), Fraction(6, -4), sum([h, t, Fraction(1, 6)]))
H = sum(Fraction(1, k) for k in range(1, 30))
print("H29 =", H, f"{float(H):.12f}")
p = Poly([-1, 0, 1])
q = Poly([1, 1])
print(p, "|", q, "|", p * q, "|", p + q, "|", p - p, "|", 3 * q, "|", p.degree)
print([p(x) for x in range(-3, 4)], p(Fraction(1, 2)), p(2.5))
quot, rem = divmod(Poly([-4, 0, -2, 1]), Poly([-3, 1]))
print("quotient", quot, "remainder", rem)
print(divmod(p, q), divmod(Poly([1, 2, 3]), Poly([1, 1])))
big = Poly([1, 1]) * Poly([1, 1]) * Poly([1, 1]) * Poly([1, 1]) * Poly([1, 1])
print(big, big.c, big(10), big.derivative(), big.derivative()(1))
cheb = [Poly([1]), Poly([0, 1])]
for _ in range(6):
    cheb.append(Poly([0, 2]) * cheb[-1] - cheb[-2])
for i, c in enumerate(cheb):
    print(f"T{i}(x) = {c}   T{i}(0.5) = {c(0.5):+.4f}")
x0 = 1.0
f = Poly([-2, 0, 1])
for _ in range(6):
    x0 = x0 - f(x0) / f.derivative()(x0)
print(f"newton sqrt2 = {x0:.15f}", x0 == math.sqrt(2))
print(Poly([]) == Poly([0, 0]), Poly([0, 0]), Poly([0, -1]), Poly([5]))
print(h + 0.5)
