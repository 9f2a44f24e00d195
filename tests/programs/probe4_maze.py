# Maze generation (recursive backtracker with LCG) and BFS solving

class LCG:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def randrange(self, n):
        return (self.next() >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.randrange(i + 1)
            items[i], items[j] = items[j], items[i]

def generate(w, h, rng):
    gw, gh = 2 * w + 1, 2 * h + 1
    grid = [['#'] * gw for _ in range(gh)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = ' '
    while stack:
        cx, cy = stack[-1]
        dirs = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        rng.shuffle(dirs)
        moved = False
        for dx, dy in dirs:
            nx, ny = cx + dx, cy + dy
            if 0 <= nx < w and 0 <= ny < h and (nx, ny) not in seen:
                seen.add((nx, ny))
                grid[2 * cy + 1 + dy][2 * cx + 1 + dx] = ' '
                grid[2 * ny + 1][2 * nx + 1] = ' '
                stack.append((nx, ny))
                moved = True
                break
        if not moved:
            stack.pop()
    return grid

def bfs(grid, start, goal):
    q = [start]
    qi = 0
    prev = {start: None}
    while qi < len(q):
        cur = q[qi]
        qi += 1
        if cur == goal:
            break
        x, y = cur
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if grid[ny][nx] != '#' and (nx, ny) not in prev:
                prev[(nx, ny)] = cur
                q.append((nx, ny))
    if goal not in prev:
        return None, len(prev)
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    path.reverse()
    return path, len(prev)

for seed, (w, h) in [(42, (8, 5)), (7, (12, 6)), (2024, (5, 5))]:
    rng = LCG(seed)
    grid = generate(w, h, rng)
    start = (1, 1)
    goal = (2 * w - 1, 2 * h - 1)
    path, explored = bfs(grid, start, goal)
    for (x, y) in path:
        grid[y][x] = '.'
    grid[start[1]][start[0]] = 'S'
    grid[goal[1]][goal[0]] = 'E'
    print(f"seed={seed} size={w}x{h} path_len={len(path)} explored={explored}")
    for row in grid:
        print("".join(row))
    turns = 0
    for a, b, c in zip(path, path[1:], path[2:]):
        if (b[0] - a[0], b[1] - a[1]) != (c[0] - b[0], c[1] - b[1]):
            turns += 1
    print("turns:", turns)
    walls = sum(row.count('#') for row in grid)
    print("walls:", walls, "open:", sum(len(r) for r in grid) - walls)
    print()

# unreachable goal
blocked = [list("#####"), list("# # #"), list("#####")]
print(bfs(blocked, (1, 1), (3, 1)))
