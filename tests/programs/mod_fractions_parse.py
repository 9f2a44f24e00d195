# fractions.Fraction from strings (CPython's _RATIONAL_FORMAT grammar: signs, whitespace,
# decimals, exponents, underscores) and the errors of every constructor form.
from fractions import Fraction

for s in ["3/4", " -3/4 ", "+7", "1.5", "-.5", "5.", "1e3", "1.5E-2", "2.5e+2", "1_000",
          "1_000/3_000", "0.1_2", " \t12\n", "007/010", "1e0", "٣/٤", "1.d", "-0"]:
    try:
        print(repr(s), Fraction(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["", " ", "1/", "/2", "1 /2", "1/ 2", "1/2.0", "1.2/3", "1__0", "_1", "1_", "e5", ".",
          "1e", "1.5e1.5", "inf", "nan", "0x10", "1/-2", "--1", "1/0", "3/0.5", "1.ddd"]:
    try:
        print(repr(s), Fraction(s))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for args in [(1, 0), (1.5, 2), ("1", 2), (None,), ([],), (float("inf"),), (float("nan"),),
             (1, 2, 3)]:
    try:
        print(args, Fraction(*args))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
try:
    Fraction(1, 2) ** Fraction(1, 2) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 2) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 2) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Fraction.from_float("1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fraction(1, 2) < "x"
except TypeError as e:
    print(type(e).__name__, e)
