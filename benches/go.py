# Monte Carlo Go, modelled on pyperformance's "go": a 9x9 Go engine that
# picks its moves by UCT tree search (UCB1 selection, one random playout
# per search iteration) and plays the first moves of a game against itself.
# Boards keep stones in flat lists with union-find groups and pseudo-liberty
# counts, a list of empty points for random move choice, a simple ko rule
# and an incrementally updated Zobrist hash; playouts play random legal
# moves that do not fill the player's own eyes until both players pass.
# Object allocation, list and dict manipulation, method calls, integer
# arithmetic and `random` with a fixed seed.
#
# Prints each move with its search statistics, the final position and its
# Zobrist hash.
#
# Usage: go.py [N]   (N = playouts per move)

import math
import random
import sys

SIZE = 9
POINTS = SIZE * SIZE
EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5
MAX_MOVES = POINTS * 3
GAME_MOVES = 4
SEED = 1
UCT_C = 1.0


def neighbour_table():
    table = []
    for pos in range(POINTS):
        x, y = pos % SIZE, pos // SIZE
        nbs = []
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                nbs.append(ny * SIZE + nx)
        table.append(nbs)
    return table


NEIGHBOURS = neighbour_table()
# ZOBRIST[color][pos]; filled in main() after seeding.
ZOBRIST = []


def coordinates(pos):
    if pos == PASS:
        return "pass"
    return "ABCDEFGHJ"[pos % SIZE] + str(pos // SIZE + 1)


class Board:
    def __init__(self):
        self.color = [EMPTY] * POINTS
        self.parent = list(range(POINTS))
        self.libs = [0] * POINTS  # pseudo-liberties, valid at group roots
        self.empties = list(range(POINTS))
        self.empty_index = list(range(POINTS))
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0
        self.moves = 0
        self.hash = 0

    def copy(self):
        other = Board.__new__(Board)
        other.color = self.color[:]
        other.parent = self.parent[:]
        other.libs = self.libs[:]
        other.empties = self.empties[:]
        other.empty_index = self.empty_index[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.moves = self.moves
        other.hash = self.hash
        return other

    def find(self, pos):
        parent = self.parent
        while parent[pos] != pos:
            parent[pos] = parent[parent[pos]]
            pos = parent[pos]
        return pos

    def remove_empty(self, pos):
        empties = self.empties
        i = self.empty_index[pos]
        last = empties.pop()
        if last != pos:
            empties[i] = last
            self.empty_index[last] = i

    def add_empty(self, pos):
        self.empty_index[pos] = len(self.empties)
        self.empties.append(pos)

    def legal(self, pos):
        """Empty, not the ko point and not suicide."""
        if self.color[pos] != EMPTY or pos == self.ko:
            return False
        me = self.to_move
        roots = []
        for nb in NEIGHBOURS[pos]:
            c = self.color[nb]
            if c == EMPTY:
                return True
            roots.append((self.find(nb), c))
        for root, c in roots:
            adjacent = 0
            for other in roots:
                if other[0] == root:
                    adjacent += 1
            if c == me:
                if self.libs[root] > adjacent:
                    return True  # the group keeps another liberty
            elif self.libs[root] == adjacent:
                return True  # captures
        return False

    def own_eye(self, pos):
        me = self.to_move
        for nb in NEIGHBOURS[pos]:
            if self.color[nb] != me:
                return False
        return True

    def play(self, pos):
        me = self.to_move
        enemy = BLACK + WHITE - me
        self.to_move = enemy
        self.moves += 1
        if pos == PASS:
            self.passes += 1
            self.ko = PASS
            return
        self.passes = 0
        self.remove_empty(pos)
        color = self.color
        libs = self.libs
        color[pos] = me
        self.parent[pos] = pos
        self.hash ^= ZOBRIST[me][pos]
        libs[pos] = 0
        captured = 0
        last_captured = PASS
        friendly = False
        for nb in NEIGHBOURS[pos]:
            c = color[nb]
            if c == EMPTY:
                libs[self.find(pos)] += 1
                continue
            root = self.find(nb)
            libs[root] -= 1
            if c == me:
                friendly = True
                mine = self.find(pos)
                if root != mine:
                    self.parent[root] = mine
                    libs[mine] += libs[root]
            elif libs[root] == 0:
                captured += self.capture(nb, enemy)
                last_captured = nb
        self.ko = PASS
        if captured == 1 and not friendly and libs[self.find(pos)] == 1:
            self.ko = last_captured

    def capture(self, start, enemy):
        """Remove the group of `start`; return the number of stones."""
        color = self.color
        color[start] = EMPTY
        todo = [start]
        count = 0
        while todo:
            pos = todo.pop()
            count += 1
            self.add_empty(pos)
            self.parent[pos] = pos
            self.hash ^= ZOBRIST[enemy][pos]
            for nb in NEIGHBOURS[pos]:
                c = color[nb]
                if c == enemy:
                    color[nb] = EMPTY
                    todo.append(nb)
                elif c != EMPTY:
                    self.libs[self.find(nb)] += 1
        return count

    def random_move(self):
        empties = self.empties
        n = len(empties)
        if n:
            start = random.randrange(n)
            for k in range(n):
                pos = empties[(start + k) % n]
                if self.legal(pos) and not self.own_eye(pos):
                    return pos
        return PASS

    def candidate_moves(self):
        return [pos for pos in self.empties
                if self.legal(pos) and not self.own_eye(pos)]

    def playout(self):
        while self.passes < 2 and self.moves < MAX_MOVES:
            self.play(self.random_move())

    def score(self, who):
        """Area score: stones plus empty points bordered only by `who`."""
        total = KOMI if who == WHITE else 0.0
        color = self.color
        for pos in range(POINTS):
            c = color[pos]
            if c == who:
                total += 1
            elif c == EMPTY:
                for nb in NEIGHBOURS[pos]:
                    if color[nb] != who:
                        break
                else:
                    total += 1
        return total

    def __str__(self):
        marks = ".XO"
        rows = []
        for y in range(SIZE - 1, -1, -1):
            row = " ".join(marks[self.color[y * SIZE + x]] for x in range(SIZE))
            rows.append("%d %s" % (y + 1, row))
        rows.append("  " + " ".join("ABCDEFGHJ"))
        return "\n".join(rows)


class Node:
    def __init__(self, pos, player):
        self.pos = pos
        self.player = player  # who played pos
        self.wins = 0
        self.visits = 0
        self.children = []
        self.untried = None

    def select(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = (child.wins / child.visits +
                     UCT_C * math.sqrt(log_n / child.visits))
            if value > best_value:
                best = child
                best_value = value
        return best


def uct_search(board, games):
    root = Node(PASS, BLACK + WHITE - board.to_move)
    for _ in range(games):
        b = board.copy()
        node = root
        path = [root]
        while b.passes < 2:
            if node.untried is None:
                node.untried = b.candidate_moves()
            if node.untried:
                pos = node.untried.pop(random.randrange(len(node.untried)))
                child = Node(pos, b.to_move)
                node.children.append(child)
                b.play(pos)
                path.append(child)
                break
            if not node.children:
                break
            node = node.select()
            b.play(node.pos)
            path.append(node)
        b.playout()
        black_wins = b.score(BLACK) > b.score(WHITE)
        for n in path:
            n.visits += 1
            if (n.player == BLACK) == black_wins:
                n.wins += 1
    if not root.children:
        return PASS, root
    best = root.children[0]
    for child in root.children:
        if child.visits > best.visits:
            best = child
    return best.pos, best


def main():
    games = int(sys.argv[1]) if len(sys.argv) > 1 else 350
    random.seed(SEED)
    for _ in range(3):
        ZOBRIST.append([random.randrange(1 << 63) for _ in range(POINTS)])
    board = Board()
    for _ in range(GAME_MOVES):
        who = "black" if board.to_move == BLACK else "white"
        pos, node = uct_search(board, games)
        board.play(pos)
        print("%s %s (%d/%d)" % (who, coordinates(pos), node.wins, node.visits))
    print(board)
    print("hash: %d" % board.hash)


main()
