# int() of floats, int/float conversions
for f in [0.0, -0.0, 0.5, -0.5, 0.9999, -0.9999, 1.5, -1.5, 2.5, 123.456, -123.456, 1e10, 1e15, 1e16]:
    print(f, int(f))
print(int(1e20), int(1e30), int(-1e25))
print(int(1.7976931348623157e308))
print(int(2.0 ** 100) == 2 ** 100, int(2.0 ** 100))
print(float(2 ** 100), float(10 ** 20), float(-(10 ** 30)))
print(float(2 ** 53 + 1), float(2 ** 53 + 3))
print(float(123), float(-7), float(True))
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('-inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
print(1 / 3 * 3, 2 ** 0.5 * 2 ** 0.5)
print(int(-2.9999999999999996), int(2.9999999999999996))
print(round(2.5), round(3.5), type(round(2.5)).__name__)
