# operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * 3 ** 2, -3 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 100 // 7 % 3, 100 % 7 // 2, 2 * 5 // 3, -7 // 2 * 2)
print(1 + 2 << 3, 1 << 2 + 3, 5 & 3 | 8, 5 | 3 & 8, 6 ^ 3 & 5, ~5 + 1, -~5, ~-5)
print(1 < 2 == 2, 1 < 2 and 2 < 3, not 1 == 2, not 1 and 0, (not 1) and 0, 1 or 0 and 0, (1 or 0) and 0)
print(3 if 0 else 4 if 0 else 5, (3 if 1 else 4) + 10, 1 + (2 if True else 3))
print(0 or '' or [] or 'last', 1 and 'a' and [0], 0 and 1/0, 1 or 1/0, None or 0, '' and 'x')
print(5 in [5] == True, (5 in [5]) == True, not 5 in [1], 5 not in [1], 'a' < 'b' < 'c' != 'c')
print(2 * -1, 2 ** -1, - - 3, +-+3, 4 - -4, 10 % -3, -10 % 3, 2 + 3 > 4 - 1)
x = 5
x += 3 * 2
print(x)
x -= 1 + 1
print(x)
x *= 2 + 1
print(x)
x //= 2 ** 2
print(x)
x **= 2
print(x)
x %= 7
print(x)
print(1 if x else 0, [1, 2][x % 2], 'abc'[-x % 3], (lambda a, b=2: a * b)(x) + 1)
a = b = c = 7
a += 1
print(a, b, c)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
print(1 == 1.0 == True, 3 > 2 > 1 > 0 > -1, (1, 2) == (1, 2) != (2, 1))
print(isinstance(1 + 2.0, float), type(2 ** -1).__name__, type(4 // 2.0).__name__, type(True + True).__name__)
