# float ** edge cases
print(2.0 ** 10, 2.0 ** -1, 2 ** 0.5, (-8.0) ** 3, (-2.0) ** -2, 0.0 ** 0, 0.0 ** 2)
print(1.0 ** float('inf'), 1.0 ** float('nan'), float('nan') ** 0, 2.0 ** float('inf'), 0.5 ** float('inf'))
print(2.0 ** float('-inf'), float('inf') ** -1, float('-inf') ** 3, float('-inf') ** 2)
print((-1.0) ** float('inf'), 10.0 ** -300, 10.0 ** 300)
print((-8.0) ** 2, (-8.0) ** -1, (-0.5) ** 3, 0.0 ** 0.0, (-0.0) ** 3, (-0.0) ** 2)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0 ** -1.5)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 10000.0)
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2.0, 3), pow(9, 0.5), pow(-2.0, 2))
print(4 ** 0.5 == 2, 27 ** (1 / 3))
print(1.5 ** 2.5, 0.1 ** 0.1, 1e-5 ** 0.5)
x = 3.0
x **= 2
print(x)
