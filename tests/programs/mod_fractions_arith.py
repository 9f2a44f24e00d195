# fractions.Fraction: construction from ints, floats, strings and other fractions, arithmetic
# with ints/floats/complex, comparisons, hashing, rounding and conversions.
import math
from fractions import Fraction

a, b = Fraction(3, 4), Fraction("1/3")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, -a, +a, abs(-a))
print(repr(a), str(a), a.numerator, a.denominator, Fraction(6, -4), Fraction(-6, -4))
print(Fraction(), Fraction(5), Fraction(0.5), Fraction(0.1), Fraction(Fraction(2, 3), 4))
print(Fraction(1, 3) + 1, 1 + Fraction(1, 3), Fraction(1, 3) * 3, 2 - Fraction(1, 2))
print(Fraction(1, 3) + 0.5, 0.5 + Fraction(1, 3), Fraction(1, 2) + 1j, Fraction(1, 4) ** 0.5)
print(2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2), Fraction(8, 27) ** 2, 2 ** Fraction(2))
print(a < b, a > b, a == Fraction(6, 8), a == 0.75, a != 0.75, Fraction(1, 2) == 1 + 0j,
      Fraction(3, 1) == 3, a <= 1, a >= 0.8, Fraction(1, 3) < 0.34)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3),
      hash(Fraction(1, 3)) == hash(Fraction(2, 6)), len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(float(a), int(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), math.floor(Fraction(-7, 2)),
      math.ceil(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)),
      round(Fraction(22, 7), 3), round(Fraction(1234, 1), -2), bool(Fraction(0)))
print(Fraction(0.1).limit_denominator(10), Fraction(math.pi).limit_denominator(1000),
      Fraction(3, 7).limit_denominator(100), Fraction(1, 3).as_integer_ratio())
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(7, 3).is_integer()
      if hasattr(Fraction, "is_integer") else "-", sorted([Fraction(1, 2), 0.3, 1, Fraction(1, 3)]))
print(math.isclose(Fraction(1, 3), 0.3333333333333333), sum([Fraction(1, n) for n in range(1, 6)]))
print(max(Fraction(2, 3), Fraction(3, 5)), min(Fraction(2, 3), 0.6), Fraction(10, 4) % 1,
      Fraction(-10, 4) // 1, divmod(-7, Fraction(2, 3)), 5 % Fraction(3, 2))
print(f"{Fraction(1, 3)!s:>8}|{Fraction(1, 3)!r}", "%s" % Fraction(2, 4))


class MyFraction(Fraction):
    pass


print(type(MyFraction(1, 2) + 1).__name__, repr(MyFraction(1, 2)))
