# float // and % signs
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 3), (-0.0, 3), (0.0, -3),
         (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0), (1e-10, 1), (-1e-10, 1), (5.5, 0.1), (1.0, 0.1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
inf = float('inf')
print(5.0 % inf, -5.0 % inf, 5.0 // inf, -5.0 // inf)
print(inf % 3 if False else 'skip', divmod(7, 0.5))
for op in ['//', '%', '/', 'divmod']:
    try:
        if op == '//':
            print(1.0 // 0)
        elif op == '%':
            print(1.0 % 0.0)
        elif op == '/':
            print(1 / 0.0)
        else:
            print(divmod(1.5, 0))
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)
print(math_like := -7.0 // 2, -7.0 % 2)
print(3.7 % 1, -3.7 % 1, 3.7 // 1, -3.7 // 1)
print(10 % 3.0, -10 % 3.0, 10 % -3.0)
