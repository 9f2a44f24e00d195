# uncaught ValueError from unpacking too many values
a, b = [1, 2]
print(a, b)
first, *rest = [1, 2, 3]
print(first, rest)
x, y = [1, 2, 3]
print(x, y)
