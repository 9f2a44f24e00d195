# pow with modulus, modular inverse
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(10 ** 20, 10 ** 20, 97))
print(pow(2, 0, 1), pow(0, 0, 5), pow(7, 0, 5))
print(pow(123456789, 987654321, 2 ** 127 - 1))
for b in range(1, 11):
    print(b, pow(b, -1, 11), b * pow(b, -1, 11) % 11)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(pow(2, -1), pow(2.0, -2))
print(pow(4, 0.5), pow(2, 100) == 2 ** 100)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
