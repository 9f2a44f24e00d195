# round with and without ndigits, halfway cases
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999999999999, 2.675, 1.005, 0.125, 0.375, -0.0, 1e20, 123.456]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.135, 2), round(2.5, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, -1), type(round(7.0)).__name__, type(round(7.0, 1)).__name__, type(round(7, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 3), round(-2 / 3, 3))
print(round(123456789.123456789, 4), round(5e-324, 400), round(1e300, -299))
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
print(round(10 ** 30 + 5, -1), round(10 ** 30 + 15, -1))
