# Sudoku solver: constraint propagation plus backtracking, string grids and validation.

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] + [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


def parse(grid):
    chars = [c for c in grid if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"grid must have 81 cells, got {len(chars)}")
    values = {s: DIGITS for s in SQUARES}
    for s, d in zip(SQUARES, chars):
        if d in DIGITS:
            assign(values, s, d)
    return values


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(f"no values left for {s}")
    if len(values[s]) == 1:
        d2 = values[s]
        for p in PEERS[s]:
            eliminate(values, p, d2)
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(f"no place for {d} in unit containing {s}")
        if len(places) == 1:
            assign(values, places[0], d)


stats = {"nodes": 0, "backtracks": 0}


def search(values):
    stats["nodes"] += 1
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        try:
            return search(assign(dict(values), s, d))
        except Contradiction:
            stats["backtracks"] += 1
    raise Contradiction("dead end at " + s)


def show(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS))
        if r in "CF":
            out.append(line)
    return "\n".join(out)


def valid(values):
    return all(sorted(values[s] for s in u) == list(DIGITS) for u in UNITLIST)


PUZZLES = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
]
print(len(SQUARES), len(UNITLIST), len(PEERS["C2"]), sorted(PEERS["C2"])[:6])
for i, p in enumerate(PUZZLES):
    stats["nodes"] = stats["backtracks"] = 0
    try:
        start = parse(p)
        print(f"puzzle {i}: after propagation {sum(len(v) for v in start.values())} candidates")
        solved = search(start)
        print(show(solved))
        print("valid:", valid(solved), "nodes:", stats["nodes"], "backtracks:", stats["backtracks"])
        print("row A:", "".join(solved["A" + c] for c in COLS))
    except Contradiction as e:
        print("unsolvable:", e)
bad = "11" + "." * 79
try:
    parse(bad)
except Contradiction as e:
    print("Contradiction:", e)
try:
    parse("123")
except ValueError as e:
    print("ValueError:", e)
print(show(parse(PUZZLES[1])).splitlines()[0])
