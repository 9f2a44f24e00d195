# floor division and modulo with every sign combination
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big - 1), (-big, big - 1), (5, big), (-5, big), (5, -big)]:
    print(a // b, a % b, divmod(a, b))
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(big // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
x = 100
x //= 7
print(x)
x %= 5
print(x)
print(True // 1, True % 2, -True // 2)
print(2 ** 70 // -1, -(2 ** 70) // -1)
print((2 ** 64) % -(2 ** 32 + 1))
print(-17 // 5 * 5 + -17 % 5)
