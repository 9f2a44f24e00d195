# N-queens: count all placements of N non-attacking queens on an N x N board
# by recursive backtracking.  Queens are placed one per row; each candidate
# column is checked against every queen already placed (same column or same
# diagonal), so the solver does plain integer work in small, hot functions.
# The left/right mirror symmetry of the first row halves the search.
#
# Usage: nqueens.py [N]   (run time grows roughly 5-6x per step of N)

import sys


def safe(queens, row, col):
    r = 0
    while r < row:
        q = queens[r]
        if q == col or abs(q - col) == row - r:
            return False
        r += 1
    return True


def place(queens, row, n):
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if safe(queens, row, col):
            queens[row] = col
            count += place(queens, row + 1, n)
    return count


def nqueens(n):
    # Mirror symmetry: count the solutions with the first queen in the left
    # half of the first row twice, plus those with it in the middle column.
    queens = [0] * n
    count = 0
    for col in range(n // 2):
        queens[0] = col
        count += 2 * place(queens, 1, n)
    if n % 2 == 1:
        queens[0] = n // 2
        count += place(queens, 1, n)
    return count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    if n < 1:
        raise SystemExit("nqueens: N must be at least 1")
    print("%d-queens solutions: %d" % (n, nqueens(n)))


main()
