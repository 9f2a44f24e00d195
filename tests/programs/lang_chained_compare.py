# Chained comparisons evaluate middle operands once and short-circuit
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(1) < v(0) < v(3), calls)
calls.clear()
print(v(5) > v(4) >= v(4) > v(3) != v(2), calls)
calls.clear()
print(v(1) == v(1) is not None, calls)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 <= x in [5, 6], x not in (1, 2) != 3)
print("a" < "b" < "c", "abc" < "abd", [1, 2] < [1, 3], (1, 2, 3) > (1, 2))
print(1 < 2.5 < 3, 2 == 2.0, 1 != 1.0)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(None is None, (lambda: None)() is None)
for i in range(-1, 6):
    print(i, 0 <= i < 4, i in range(0, 4), not 0 <= i < 4)
