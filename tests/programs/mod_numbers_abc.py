# numbers: the numeric tower's ABCs, registration of the builtin types, and user classes.
import numbers
from fractions import Fraction

for value in [1, True, 2.5, 3j, Fraction(1, 3), "x", None]:
    print(type(value).__name__,
          [isinstance(value, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                          numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational),
      issubclass(complex, numbers.Real), issubclass(bool, numbers.Number))
print(numbers.Integral.__mro__[1:4])
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    try:
        cls()
    except TypeError as e:
        print(cls.__name__, type(e).__name__)


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __index__(self):
        return self.v

    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = None
    __invert__ = __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = None
    def __pos__(self):
        return self

    __or__ = __pow__ = __radd__ = __rand__ = __rfloordiv__ = __rlshift__ = None
    __rmod__ = __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = None
    __rshift__ = __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = None
    __hash__ = object.__hash__


m = MyInt(7)
print(isinstance(m, numbers.Real), float(m), m.numerator is m, m.denominator, m.real is m, m.imag,
      m.conjugate() is m, m.numerator is m)


class Incomplete(numbers.Real):
    pass


try:
    Incomplete()
except TypeError as e:
    print("TypeError", "abstract" in str(e))


class Registered:
    pass


numbers.Rational.register(Registered)
print(isinstance(Registered(), numbers.Real), isinstance(Registered(), numbers.Integral))
