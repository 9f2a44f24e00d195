# nested list computations: matrix ops
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(transpose(A), transpose(transpose(A)) == A)
print(matmul(identity(2), [[5, 6], [7, 8]]), identity(3))
F = [[1, 1], [1, 0]]
R = identity(2)
P = F
n = 90
while n:
    if n & 1:
        R = matmul(R, P)
    P = matmul(P, P)
    n >>= 1
print(R[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 2]]), det(identity(4)), det([[1.5, 2], [3, 4]]))
grid = [[(r * 3 + c) % 7 for c in range(5)] for r in range(4)]
for row in grid:
    print(' '.join(f'{v:2d}' for v in row), '|', sum(row), max(row))
print([sum(col) for col in zip(*grid)], sum(map(sum, grid)), max(max(r) for r in grid))
flat = [v for row in grid for v in row]
print(flat.count(0), sorted(flat)[:5], flat.index(6))
rot = [list(r) for r in zip(*grid[::-1])]
print(rot)
