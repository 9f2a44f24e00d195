# math: trigonometry and hyperbolic functions
import math
for x in [0.0, 0.5, 1.0, -1.0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.0, 10.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x))
for x in [0.0, 0.5, -0.5, 1.0, -1.0]:
    print(x, math.asin(x), math.acos(x), math.atan(x))
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, 1), (0, -1), (1, 0), (-1, 0), (0.0, -0.0), (-0.0, -1)]:
    print(y, x, math.atan2(y, x))
print(math.atan(math.inf), math.atan2(math.inf, math.inf), math.tanh(100), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 2), 12), math.sin(1e-8))
print(math.degrees(math.atan2(1, 1)), round(math.degrees(math.asin(0.5)), 9))
