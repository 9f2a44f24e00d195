# math: domain and range errors
import math
cases = [
    ('sqrt(-1)', lambda: math.sqrt(-1)),
    ('log(0)', lambda: math.log(0)),
    ('log(-1)', lambda: math.log(-1)),
    ('log(0.0)', lambda: math.log(0.0)),
    ('log(10, 1)', lambda: math.log(10, 1)),
    ('log(10, 0)', lambda: math.log(10, 0)),
    ('log2(0)', lambda: math.log2(0)),
    ('log10(-5)', lambda: math.log10(-5)),
    ('acos(2)', lambda: math.acos(2)),
    ('asin(-1.5)', lambda: math.asin(-1.5)),
    ('exp(1000)', lambda: math.exp(1000)),
    ('pow(0, -1)', lambda: math.pow(0, -1)),
    ('pow(-8, 1/3)', lambda: math.pow(-8, 1 / 3)),
    ('pow(10, 400)', lambda: math.pow(10, 400)),
    ('sin(inf)', lambda: math.sin(math.inf)),
    ('cos(-inf)', lambda: math.cos(-math.inf)),
    ('fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('atanh(1)', lambda: math.atanh(1)),
    ('sqrt("x")', lambda: math.sqrt('x')),
    ('sqrt(None)', lambda: math.sqrt(None)),
    ('floor("x")', lambda: math.floor('x')),
    ('sqrt(10**400)', lambda: math.sqrt(10 ** 400)),
    ('cosh(1000)', lambda: math.cosh(1000)),
    ('ldexp(1, 2000)', lambda: math.ldexp(1.0, 2000)),
]
for name, fn in cases:
    try:
        print(name, '->', fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, '->', type(e).__name__, e)
print(math.sqrt(math.inf), math.log(math.inf), math.exp(-math.inf), math.isnan(math.sqrt(math.nan)), math.atan(-math.inf))
