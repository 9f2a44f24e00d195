# Graph algorithms: BFS, DFS, Dijkstra with a hand-made heap, topological sort, components.

class MinHeap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            n = len(a)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                m = i
                if l < n and a[l] < a[m]:
                    m = l
                if r < n and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __bool__(self):
        return bool(self.a)

    def __len__(self):
        return len(self.a)


EDGES = [
    ("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
    ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1),
    ("H", "I", 3), ("G", "I", 5), ("J", "J", 0),
]


def build(edges, directed=False):
    g = {}
    for u, v, w in edges:
        g.setdefault(u, {})[v] = w
        g.setdefault(v, {})
        if not directed:
            g[v][u] = w
    return g


def bfs(g, start):
    seen = {start}
    order = []
    frontier = [start]
    while frontier:
        nxt = []
        for u in frontier:
            order.append(u)
            for v in sorted(g[u]):
                if v not in seen:
                    seen.add(v)
                    nxt.append(v)
        frontier = nxt
    return order


def dfs(g, start, seen=None):
    if seen is None:
        seen = set()
    seen.add(start)
    yield start
    for v in sorted(g[start]):
        if v not in seen:
            yield from dfs(g, v, seen)


def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    h = MinHeap()
    h.push((0, src))
    while h:
        d, u = h.pop()
        if d > dist.get(u, float("inf")):
            continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                h.push((nd, v))
    return dist, prev


def path(prev, dst):
    out = [dst]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]


def components(g):
    seen = set()
    comps = []
    for node in sorted(g):
        if node not in seen:
            comp = list(dfs(g, node, seen))
            comps.append(sorted(comp))
    return comps


def toposort(g):
    indeg = {u: 0 for u in g}
    for u in g:
        for v in g[u]:
            indeg[v] += 1
    ready = sorted(u for u, d in indeg.items() if d == 0)
    out = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in sorted(g[u]):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    if len(out) != len(g):
        raise ValueError("graph has a cycle: " + ",".join(sorted(set(g) - set(out))))
    return out


g = build(EDGES)
print("nodes:", sorted(g))
print("bfs A:", bfs(g, "A"))
print("dfs A:", list(dfs(g, "A")))
dist, prev = dijkstra(g, "A")
for node in sorted(dist):
    print(f"  A -> {node}: {dist[node]:3d} via {' -> '.join(path(prev, node))}")
print("components:", components(g))
print("degree:", {u: len(vs) for u, vs in sorted(g.items())})

h = MinHeap()
vals = [(x * 37) % 101 for x in range(30)]
for v in vals:
    h.push(v)
out = [h.pop() for _ in range(len(h))]
print(out == sorted(vals), out[:10])

deps = build([
    ("shirt", "tie", 0), ("tie", "jacket", 0), ("pants", "shoes", 0), ("pants", "belt", 0),
    ("belt", "jacket", 0), ("shirt", "belt", 0), ("socks", "shoes", 0), ("undershorts", "pants", 0),
    ("undershorts", "shoes", 0),
], directed=True)
print("topo:", toposort(deps))
grid = ["S.#.....", ".##.###.", "...#....", "#.....#E"]
R, C = len(grid), len(grid[0])
cells = {(r, c): {} for r in range(R) for c in range(C) if grid[r][c] != "#"}
for (r, c) in cells:
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        if (r + dr, c + dc) in cells:
            cells[(r, c)][(r + dr, c + dc)] = 1
d, p = dijkstra(cells, (0, 0))
end = (3, 7)
route = path(p, end)
print("maze dist:", d[end], "steps:", len(route))
rows = [list(s) for s in grid]
for r, c in route[1:-1]:
    rows[r][c] = "*"
print("\n".join("".join(r) for r in rows))
deps["jacket"]["shirt"] = 0
toposort(deps)
