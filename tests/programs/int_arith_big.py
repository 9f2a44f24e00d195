# Arbitrary precision integer arithmetic
a = 2 ** 200
print(a)
print(3 ** 100)
print(a * a)
print(a + 1, a - 1)
print(-a)
b = 123456789012345678901234567890
c = 987654321098765432109876543210
print(b * c)
print(c - b, b - c)
print(b + c)
print(c // b, c % b)
print(a // 3, a % 3)
print(10 ** 50 // 7, 10 ** 50 % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20))
print(2 ** 64 - 1, 2 ** 63, -2 ** 63)
print(2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 64)
print(3 ** -1, 2 ** -2, (-2) ** -3)
print(10 ** -3)
print(abs(-a) == a, -(-a) == a)
print(a * 0, a * -1 == -a)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % 1000000007)
print((2 ** 100) // (2 ** 50) == 2 ** 50)
print(2 ** 100 / 2 ** 50)
print(7 / 2, -7 / 2, 10 / 5, type(10 / 5).__name__)
print(2 ** 1000 // 2 ** 999)
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-20:])
print(divmod(a, 12345), divmod(-a, 12345))
print(1 + True, True + True, True * 10, False - 1)
