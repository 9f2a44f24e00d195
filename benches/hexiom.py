# Hexiom solver, modelled on pyperformance's "hexiom": Hexiom is a puzzle on
# a hexagonal board where numbered tiles must be placed so that each tile's
# number equals the count of its occupied neighbours.  The solver keeps the
# candidate values of every cell, propagates the tile counts and the
# neighbour-count constraints until nothing changes, then branches on the
# cell with the fewest candidates, copying the state at every branch, and
# counts every solution.  The puzzles are generated from a fixed seed with a
# small linear congruential generator (a random board, its numbers, a few
# cells given as hints).  List manipulation, nested loops, many small
# function calls.
#
# Each round generates and solves the same eight puzzles; at the end the
# program prints, for every puzzle, the number of solutions, the number of
# search nodes and the first solution found.
#
# Usage: hexiom.py [N]   (N = number of rounds)

import sys

EMPTY = 7  # candidate value of a cell without a tile; tiles are 0..6
ALL_VALUES = [0, 1, 2, 3, 4, 5, 6, EMPTY]
DIRECTIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]
BOARD_SIZE = 4  # cells along each edge: 37 cells
TILE_FRACTION = (3, 5)  # about 3/5 of the cells hold a tile
HINTS = 12
PUZZLES = 8
SEED = 2011


class Lcg:
    """Numerical Recipes' 32-bit LCG: a tiny deterministic generator."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % n


class Board:
    """The cells of a hexagonal board with `size` cells on each edge, in axial
    coordinates, and each cell's neighbour indices."""

    def __init__(self, size):
        self.size = size
        self.coords = []
        for r in range(-size + 1, size):
            for q in range(-size + 1, size):
                if abs(q + r) < size:
                    self.coords.append((q, r))
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = []
        for q, r in self.coords:
            self.neighbours.append([index[(q + dq, r + dr)]
                                    for dq, dr in DIRECTIONS
                                    if (q + dq, r + dr) in index])

    def render(self, values):
        lines = []
        for r in range(-self.size + 1, self.size):
            row = [values[i] for i, (q, rr) in enumerate(self.coords) if rr == r]
            text = " ".join("." if v == EMPTY else str(v) for v in row)
            lines.append(" " * abs(r) + text)
        return "\n".join(lines)


class Puzzle:
    def __init__(self, board, counts, hints):
        self.board = board
        self.counts = counts  # how many cells take each value (EMPTY too)
        self.hints = hints  # cell index -> value


def make_puzzle(board, rng):
    n = len(board.coords)
    occupied = [False] * n
    placed = 0
    target = n * TILE_FRACTION[0] // TILE_FRACTION[1]
    while placed < target:
        i = rng.below(n)
        if not occupied[i]:
            occupied[i] = True
            placed += 1
    values = []
    for i in range(n):
        if occupied[i]:
            values.append(sum(1 for j in board.neighbours[i] if occupied[j]))
        else:
            values.append(EMPTY)
    counts = [0] * 8
    for v in values:
        counts[v] += 1
    hints = {}
    while len(hints) < HINTS:
        i = rng.below(n)
        hints[i] = values[i]
    return Puzzle(board, counts, hints)


class Contradiction(Exception):
    pass


class State:
    def __init__(self, cells):
        self.cells = cells  # per cell, the list of candidate values

    def copy(self):
        return State([c[:] for c in self.cells])

    def remove(self, i, v):
        cell = self.cells[i]
        if v in cell:
            if len(cell) == 1:
                raise Contradiction()
            cell.remove(v)
            return True
        return False

    def fix(self, i, v):
        cell = self.cells[i]
        if v not in cell:
            raise Contradiction()
        if len(cell) == 1:
            return False
        self.cells[i] = [v]
        return True


def propagate_counts(puzzle, state):
    changed = False
    cells = state.cells
    for v in ALL_VALUES:
        need = puzzle.counts[v]
        fixed = 0
        possible = 0
        for cell in cells:
            if v in cell:
                possible += 1
                if len(cell) == 1:
                    fixed += 1
        if fixed > need or possible < need:
            raise Contradiction()
        if possible == need and fixed < need:
            for i, cell in enumerate(cells):
                if v in cell and len(cell) > 1:
                    changed = state.fix(i, v) or changed
        elif fixed == need and possible > need:
            for i, cell in enumerate(cells):
                if v in cell and len(cell) > 1:
                    changed = state.remove(i, v) or changed
    return changed


def propagate_neighbours(puzzle, state):
    changed = False
    cells = state.cells
    for i, nbs in enumerate(puzzle.board.neighbours):
        surely = 0  # neighbours that certainly hold a tile
        maybe = 0  # neighbours that may hold a tile
        for j in nbs:
            cell = cells[j]
            if EMPTY not in cell:
                surely += 1
                maybe += 1
            elif len(cell) > 1:
                maybe += 1
        for v in cells[i][:]:
            if v != EMPTY and (v < surely or v > maybe):
                changed = state.remove(i, v) or changed
        cell = cells[i]
        if len(cell) == 1 and cell[0] != EMPTY and surely < maybe:
            v = cell[0]
            if v == surely:
                # Every undecided neighbour must stay empty.
                for j in nbs:
                    if len(cells[j]) > 1 and EMPTY in cells[j]:
                        changed = state.fix(j, EMPTY) or changed
            elif v == maybe:
                # Every undecided neighbour must hold a tile.
                for j in nbs:
                    if len(cells[j]) > 1:
                        changed = state.remove(j, EMPTY) or changed
    return changed


def propagate(puzzle, state):
    while propagate_counts(puzzle, state) | propagate_neighbours(puzzle, state):
        pass


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.solutions = 0
        self.nodes = 0
        self.first = None

    def solve(self):
        n = len(self.puzzle.board.coords)
        state = State([ALL_VALUES[:] for _ in range(n)])
        try:
            for i, v in sorted(self.puzzle.hints.items()):
                state.fix(i, v)
            propagate(self.puzzle, state)
        except Contradiction:
            return
        self.search(state)

    def search(self, state):
        self.nodes += 1
        best = -1
        best_len = 9
        for i, cell in enumerate(state.cells):
            if 1 < len(cell) < best_len:
                best = i
                best_len = len(cell)
        if best < 0:
            self.solutions += 1
            if self.first is None:
                self.first = [cell[0] for cell in state.cells]
            return
        for v in state.cells[best]:
            branch = state.copy()
            try:
                branch.fix(best, v)
                propagate(self.puzzle, branch)
            except Contradiction:
                continue
            self.search(branch)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    board = Board(BOARD_SIZE)
    results = []
    for _ in range(rounds):
        rng = Lcg(SEED)
        results = []
        for _ in range(PUZZLES):
            puzzle = make_puzzle(board, rng)
            solver = Solver(puzzle)
            solver.solve()
            results.append((puzzle, solver))
    for k, (puzzle, solver) in enumerate(results):
        print("puzzle %d: %d cells, %d tiles, %d solutions, %d nodes"
              % (k, len(board.coords), len(board.coords) - puzzle.counts[EMPTY],
                 solver.solutions, solver.nodes))
        print(board.render(solver.first))


main()
