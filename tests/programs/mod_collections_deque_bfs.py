# A deque as a BFS queue in a hot loop: the function is called often enough to be compiled.
from collections import deque

GRID = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    "...#...##.",
    "##.#.#....",
    "...#.#.##.",
    ".###.#..#.",
    ".....##.#.",
    "####....#E",
]
H = len(GRID)
W = len(GRID[0])


def bfs(grid, start, goal):
    dist = {start: 0}
    q = deque([start])
    while q:
        cell = q.popleft()
        if cell == goal:
            return dist[cell]
        r, c = cell
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] != '#' and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[cell] + 1
                q.append((nr, nc))
    return -1


def window_sums(values, k):
    win = deque(maxlen=k)
    total = 0
    out = []
    for v in values:
        if len(win) == k:
            total -= win[0]
        win.append(v)
        total += v
        out.append(total)
    return out


total = 0
for i in range(300):
    goal = (9, 9) if i % 2 == 0 else (0, 9)
    total += bfs(GRID, (0, 0), goal)
print(total, bfs(GRID, (0, 0), (9, 9)), bfs(GRID, (0, 0), (0, 9)), bfs(GRID, (0, 0), (3, 3)))
acc = 0
for i in range(200):
    acc += window_sums(range(i, i + 50), 7)[-1]
print(acc, window_sums([1, 2, 3, 4, 5], 3))
rot = deque(range(10))
for i in range(1000):
    rot.rotate(i % 7 - 3)
    rot.appendleft(rot.pop())
print(rot)
