# float arithmetic
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +a, abs(-a))
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, 9 ** 0.5, 4 ** -0.5)
print(0.1 + 0.7, 1.0 - 0.9, 100.0 * 1.1, 1 / 7)
x = 1.0
for i in range(10):
    x = x * 1.5 + 0.25
    print(i, x)
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
print(sum([0.1] * 10))
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300, -1e-300 * 1e-300)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * -1, inf / inf, 1 / inf, -1 / inf, nan + 1, nan * 0)
print(nan == nan, nan != nan, inf == inf, inf > 1e308, -inf < -1e308)
print(0.0 == -0.0, 1 / inf == -1 / inf)
print(abs(-0.0), -(0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio(), (3.0).as_integer_ratio())
print(1.0 == 1, 2.5 > 2, 1e-320 > 0, 5e-324 / 2)
