# Backtracking sudoku solver with constraint sets
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    rows = [line.strip() for line in text.strip().splitlines()]
    board = []
    for r in rows:
        board.append([0 if ch == '.' else int(ch) for ch in r])
    return board

def show(board):
    lines = []
    for i, row in enumerate(board):
        if i and i % 3 == 0:
            lines.append("------+-------+------")
        parts = []
        for j, v in enumerate(row):
            if j and j % 3 == 0:
                parts.append("|")
            parts.append(str(v) if v else ".")
        lines.append(" ".join(parts))
    return "\n".join(lines)

class Solver:
    def __init__(self, board):
        self.board = [row[:] for row in board]
        self.rows = [set() for _ in range(9)]
        self.cols = [set() for _ in range(9)]
        self.boxes = [set() for _ in range(9)]
        self.calls = 0
        for r in range(9):
            for c in range(9):
                v = self.board[r][c]
                if v:
                    self.place(r, c, v)

    def place(self, r, c, v):
        self.board[r][c] = v
        self.rows[r].add(v)
        self.cols[c].add(v)
        self.boxes[(r // 3) * 3 + c // 3].add(v)

    def remove(self, r, c, v):
        self.board[r][c] = 0
        self.rows[r].discard(v)
        self.cols[c].discard(v)
        self.boxes[(r // 3) * 3 + c // 3].discard(v)

    def candidates(self, r, c):
        used = self.rows[r] | self.cols[c] | self.boxes[(r // 3) * 3 + c // 3]
        return [v for v in range(1, 10) if v not in used]

    def solve(self):
        self.calls += 1
        best = None
        for r in range(9):
            for c in range(9):
                if self.board[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best[2]):
                        best = (r, c, cands)
        if best is None:
            return True
        r, c, cands = best
        for v in cands:
            self.place(r, c, v)
            if self.solve():
                return True
            self.remove(r, c, v)
        return False

def valid(board):
    groups = []
    groups.extend(board)
    groups.extend([[board[r][c] for r in range(9)] for c in range(9)])
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            groups.append([board[br + i][bc + j] for i in range(3) for j in range(3)])
    return all(sorted(g) == list(range(1, 10)) for g in groups)

board = parse(PUZZLE)
print("Puzzle:")
print(show(board))
print("givens:", sum(1 for row in board for v in row if v))
s = Solver(board)
ok = s.solve()
print("\nSolved:", ok)
print(show(s.board))
print("valid:", valid(s.board))
print("digit sums per row:", [sum(r) for r in s.board])
print("diagonal:", "".join(str(s.board[i][i]) for i in range(9)))

# an unsolvable puzzle: two 5s forced in the same row
bad = [row[:] for row in board]
bad[0][2] = 5
bad[0][0] = 0
bad[0][1] = 0
bad[0][3] = 3
s2 = Solver(bad)
print("\nconflicting puzzle solvable:", s2.solve() and valid(s2.board))
