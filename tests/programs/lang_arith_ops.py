# Arithmetic, bitwise and boolean operators on ints and floats
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 2)
print(2 ** 100, 2 ** -2, (-2) ** 3, -2 ** 2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4)
print(not True, not 0, not [], not [0])
print(True + True, True * 10, False - 1)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print(3 if a > b else 4, 3 if a < b else 4)
print(abs(-3), -(-3), +(-3), -0.0, 0.0 == -0.0)
x = 0
def side(v):
    global x
    x += 1
    print("side", v)
    return v
r = side(0) and side(1)
print(r, x)
r = side(1) or side(2)
print(r, x)
r = side(0) or side(0) or side(3)
print(r, x)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, -5))
print(10 ** 20 // 7, 10 ** 20 % 7, -(10 ** 20) // 7)
print(0x1f, 0o17, 0b1011, 1_000_000, 1e3, 1.5e-3, .5, 5.)
