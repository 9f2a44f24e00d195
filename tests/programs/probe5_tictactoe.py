# Tic-tac-toe with minimax from a fixed opening.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return None


def show(board):
    rows = ["".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    return "\n".join(" ".join(row) for row in rows)


nodes = 0
memo = {}


def minimax(board, player):
    global nodes
    nodes += 1
    key = ("".join(board), player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    moves = [i for i, c in enumerate(board) if c == "."]
    if not moves:
        return 0, None
    best = None
    for m in moves:
        board[m] = player
        score, _ = minimax(board, "O" if player == "X" else "X")
        board[m] = "."
        if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
            best = (score, m)
    memo[key] = best
    return best


def play(opening):
    board = list("." * 9)
    player = "X"
    for m in opening:
        board[m] = player
        player = "O" if player == "X" else "X"
    print("opening", opening)
    print(show(board))
    turn = 0
    while winner(board) is None and "." in board:
        score, move = minimax(board, player)
        board[move] = player
        turn += 1
        print("turn %d: %s plays %d (eval %+d)" % (turn, player, move, score))
        player = "O" if player == "X" else "X"
    print(show(board))
    w = winner(board)
    print("result:", w if w else "draw")
    print()


play([4])
play([0, 1])
play([0, 4, 8, 2])
play([1, 0, 4])

total = 0
counts = {"X": 0, "O": 0, None: 0}
def count_games(board, player):
    global total
    w = winner(board)
    if w or "." not in board:
        counts[w] += 1
        total += 1
        return
    for i in range(9):
        if board[i] == ".":
            board[i] = player
            count_games(board, "O" if player == "X" else "X")
            board[i] = "."
count_games(list("X........"), "O")
print("games after X in corner:", total, counts["X"], counts["O"], counts[None])
print("memo size", len(memo), "nodes visited", nodes)
