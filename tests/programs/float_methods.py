# is_integer, hex, math.floor/ceil/trunc, conversions
import math
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e20, 1e-20, 123.999]:
    print(v, v.is_integer(), v.hex(), math.floor(v), math.ceil(v), math.trunc(v), int(v))
print(float('inf').is_integer(), float('nan').is_integer())
print((0.1).hex(), (1 / 3).hex(), (5e-324).hex(), float('inf').hex(), (-1.75).hex(), (1024.0).hex())
print(float.fromhex((0.1).hex()) == 0.1)
for v in [-1.5, -0.5, 0.5, 1.5, 2.5, -2.5, 1e16 + 1, -7.000001]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v))
print(type(math.floor(1.5)).__name__, type(math.ceil(1.5)).__name__, type(math.trunc(1.5)).__name__)
print(math.floor(5), math.ceil(-5), math.trunc(2 ** 70), math.floor(1e300) == int(1e300))
try:
    math.floor(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(int(3.99), int(-3.99), float(int(2.5)), str(2.0), str(-0.5))
print(float(10 ** 15), float(10 ** 16), float(12345678901234567890))
print(1.5.__repr__(), (2.0).__str__(), 3.0.__int__() if hasattr(3.0, '__int__') else '')
