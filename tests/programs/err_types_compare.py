# uncaught TypeError from sorting mixed types
data = [3, 1, 2]
data.sort()
print(data)
mixed = [3, 'two', 1]
print(mixed)
mixed.sort()
