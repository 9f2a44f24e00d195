# aliasing of nested lists
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
print(grid[0] is grid[1], grid2[0] is grid2[1])
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
c = b[:]
c[0] = 'new'
print(b, c)
c[1].append(4)
print(a, b, c)
d = list(b)
print(d[0] is a, d == b, d is b)
e = [[]] * 3
e[1].append('x')
print(e)
f = [[]] * 3
f[1] = f[1] + ['y']
print(f)
g = [1, 2, 3]
h = g
h += [4]
print(g, h is g)
h = h + [5]
print(g, h, h is g)
def mutate(lst):
    lst.append('m')
    lst = ['rebound']
    return lst
orig = [0]
print(mutate(orig), orig)
row = [0, 0]
m = [row, row]
m[0][1] = 9
print(m)
