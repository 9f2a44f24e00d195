# Uncaught exception inside a list comprehension and a lambda
scale = lambda x: 100 // x
print([scale(x) for x in [1, 2, 4]])
rows = [[1, 2], [3, 0], [5, 6]]
print([[scale(v) for v in row] for row in rows])
