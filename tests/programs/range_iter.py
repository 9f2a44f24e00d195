# iterating ranges, negative steps, big bounds, nested
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print([i for i in range(-10, 10, 4)], [i for i in range(10, -10, -4)])
for i in range(3):
    for j in range(i, 3):
        print(i, j, end='; ')
print()
it = iter(range(2 ** 64, 2 ** 64 + 3))
print(list(it), list(range(2 ** 64, 2 ** 64 - 6, -2)))
r = range(1, 20, 2)
print(list(zip(r, r[1:])), list(enumerate(range(5, 8))), dict(zip(range(3), range(10, 13))))
print(list(map(lambda x: x * 2, range(4))), list(filter(lambda x: x % 3 == 0, range(10))))
x = 0
for x in range(0):
    pass
print(x)
for x in range(5):
    if x == 3:
        break
else:
    print('no break')
print(x)
for x in range(2):
    pass
else:
    print('else ran', x)
rr = range(0, 30, 5)
print(rr[1:-1][::2], list(rr[1:-1][::2]), rr[::-2][1], rr[-100:100], rr[3:3])
print(range(5)[::-1] == range(4, -1, -1), list(range(5)[::-1]))
print(list(reversed(range(-5, 5, 3))), list(range(0, -1)), list(range(-1, -5, -1)))
