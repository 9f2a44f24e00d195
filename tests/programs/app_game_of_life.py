# Conway's Game of Life on a torus and on an unbounded set-based board; pattern detection.

class Board:
    def __init__(self, width, height, alive=()):
        self.w = width
        self.h = height
        self.cells = [[False] * width for _ in range(height)]
        for x, y in alive:
            self.cells[y % height][x % width] = True

    @classmethod
    def from_text(cls, text):
        lines = [ln for ln in text.strip("\n").split("\n")]
        w = max(map(len, lines))
        alive = [(x, y) for y, ln in enumerate(lines) for x, ch in enumerate(ln) if ch in "#O"]
        return cls(w, len(lines), alive)

    def neighbours(self, x, y):
        total = 0
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx or dy:
                    total += self.cells[(y + dy) % self.h][(x + dx) % self.w]
        return total

    def step(self):
        new = Board(self.w, self.h)
        for y in range(self.h):
            for x in range(self.w):
                n = self.neighbours(x, y)
                new.cells[y][x] = n == 3 or (n == 2 and self.cells[y][x])
        return new

    def population(self):
        return sum(map(sum, self.cells))

    def key(self):
        return tuple(tuple(r) for r in self.cells)

    def __str__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)

    def __eq__(self, other):
        return self.cells == other.cells


GLIDER = """
.#......
..#.....
###.....
........
........
........
"""
b = Board.from_text(GLIDER)
print(b, b.population(), sep="\n")
seen = {b.key(): 0}
for gen in range(1, 30):
    b = b.step()
    if gen % 4 == 0:
        print(f"-- gen {gen} pop {b.population()}")
        print(b)
    k = b.key()
    if k in seen:
        print(f"cycle: gen {gen} equals gen {seen[k]} (period {gen - seen[k]})")
        break
    seen[k] = gen

blinker = Board(5, 5, [(1, 2), (2, 2), (3, 2)])
print(blinker.step().step() == blinker, blinker.step() == blinker)


def life_step(alive):
    counts = {}
    for (x, y) in alive:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = (x + dx, y + dy)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in alive)}


def bbox(alive):
    xs = [x for x, _ in alive]
    ys = [y for _, y in alive]
    return min(xs), min(ys), max(xs), max(ys)


def render(alive):
    x0, y0, x1, y1 = bbox(alive)
    return "\n".join("".join("O" if (x, y) in alive else "." for x in range(x0, x1 + 1)) for y in range(y0, y1 + 1))


r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
state = set(r_pentomino)
history = []
for i in range(120):
    history.append(len(state))
    state = life_step(state)
print("r-pentomino populations:", history[::10])
print("after 120:", len(state), "bbox", bbox(state))
acorn = {(1, 0), (3, 1), (0, 2), (1, 2), (4, 2), (5, 2), (6, 2)}
s = acorn
for i in range(50):
    s = life_step(s)
print("acorn 50:", len(s), bbox(s))
print(render(life_step(life_step({(0, 0), (1, 0), (2, 0), (2, 1), (1, 2)}))))
still = {(0, 0), (1, 0), (0, 1), (1, 1)}
print("block still:", life_step(still) == still)
beehive = {(1, 0), (2, 0), (0, 1), (3, 1), (1, 2), (2, 2)}
print("beehive still:", life_step(beehive) == beehive, sorted(beehive)[:3])
