# float comparisons and division error messages
nan = float('nan')
inf = float('inf')
print(nan < 1, nan > 1, nan == nan, nan != nan, nan <= nan, inf > 10 ** 1000, -inf < -10 ** 1000)
print(1.5 < 2.5, 2.5 <= 2.5, 3.5 >= 4.0, 0.1 * 3 == 0.3, 1e308 < inf)
print(sorted([3.5, -1.25, 0.0, 2.0, -0.0, 1e-10]))
print(max(1.5, 2.5, 0.5), min([3.0, -3.0, 0.0]))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0))
lst = [nan, 1.0]
print(nan in lst, float('nan') in lst, lst.count(nan), lst.index(1.0))
for a, b in [(1.0, 0), (1.0, 0.0), (0.0, 0.0), (1, 0.0), (-5.5, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('div', type(e).__name__, e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('floordiv', type(e).__name__, e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('mod', type(e).__name__, e)
print(1.0 == True, 0.0 == False, 2.0 in [1, 2, 3], 2 in [1.0, 2.0])
print(-0.0 < 0.0, -0.0 == 0.0, str(-0.0), repr(-0.0 + 0))
