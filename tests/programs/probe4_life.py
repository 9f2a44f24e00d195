# Conway's game of life on a small toroidal grid
import sys

W, H = 16, 10

def make_grid(pattern, ox, oy):
    grid = [[False] * W for _ in range(H)]
    for y, row in enumerate(pattern):
        for x, ch in enumerate(row):
            if ch == '#':
                grid[(oy + y) % H][(ox + x) % W] = True
    return grid

def neighbours(grid, x, y):
    total = 0
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dx == 0 and dy == 0:
                continue
            if grid[(y + dy) % H][(x + dx) % W]:
                total += 1
    return total

def step(grid):
    new = []
    for y in range(H):
        row = []
        for x in range(W):
            n = neighbours(grid, x, y)
            alive = grid[y][x]
            row.append(n == 3 or (alive and n == 2))
        new.append(row)
    return new

def render(grid):
    return "\n".join("".join('#' if c else '.' for c in row) for row in grid)

def population(grid):
    return sum(sum(1 for c in row if c) for row in grid)

glider = [".#.", "..#", "###"]
blinker = ["###"]
grid = make_grid(glider, 1, 1)
for y, row in enumerate(make_grid(blinker, 10, 6)):
    for x, c in enumerate(row):
        if c:
            grid[y][x] = True
# add a block
for (x, y) in [(12, 1), (13, 1), (12, 2), (13, 2)]:
    grid[y][x] = True

history = {}
for gen in range(21):
    key = render(grid)
    if gen % 5 == 0 or gen == 20:
        print(f"Generation {gen} (population {population(grid)}):")
        print(key)
        print()
    if key in history:
        print(f"gen {gen} repeats gen {history[key]}")
    history[key] = gen
    grid = step(grid)

# bounding box of living cells
cells = [(x, y) for y in range(H) for x in range(W) if grid[y][x]]
xs = [c[0] for c in cells]
ys = [c[1] for c in cells]
print("bbox:", (min(xs), min(ys)), (max(xs), max(ys)))
print("alive cells:", sorted(cells)[:8], "...")
counts = {}
for y in range(H):
    for x in range(W):
        n = neighbours(grid, x, y)
        counts[n] = counts.get(n, 0) + 1
print("neighbour histogram:", dict(sorted(counts.items())))
print("distinct states:", len(history))
