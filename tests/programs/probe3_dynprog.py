# Dynamic programming with printed tables.

def print_table(t, rows, cols):
    print('    ' + ' '.join(f'{c:>3}' for c in cols))
    for r, row in zip(rows, t):
        print(f'{r:>3} ' + ' '.join(f'{v:>3}' for v in row))

def lcs(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                t[i][j] = t[i - 1][j - 1] + 1
            else:
                t[i][j] = max(t[i - 1][j], t[i][j - 1])
    i, j, out = n, m, []
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    print_table(t, ' ' + a, ' ' + b)
    return ''.join(reversed(out))

def edit_distance(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1): t[i][0] = i
    for j in range(len(b) + 1): t[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            t[i][j] = min(t[i - 1][j] + 1, t[i][j - 1] + 1, t[i - 1][j - 1] + cost)
    print_table(t, '-' + a, '-' + b)
    return t[-1][-1]

def knapsack(items, cap):
    n = len(items)
    t = [[0] * (cap + 1) for _ in range(n + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            t[i][c] = t[i - 1][c]
            if w <= c and t[i - 1][c - w] + v > t[i][c]:
                t[i][c] = t[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(n, 0, -1):
        if t[i][c] != t[i - 1][c]:
            chosen.append(items[i - 1][0]); c -= items[i - 1][1]
    for i, row in enumerate(t):
        print(f'{i:2d}|', ' '.join(f'{x:2d}' for x in row))
    return t[n][cap], chosen[::-1]

def coin_change(coins, amount):
    INF = float('inf')
    dp = [0] + [INF] * amount
    ways = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and dp[x - c] + 1 < dp[x]:
                dp[x] = dp[x - c] + 1
    print('min coins:', [d if d != INF else '-' for d in dp])
    print('ways     :', ways)
    return dp[amount] if dp[amount] != INF else -1

def lis(seq):
    best = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1; prev[i] = j
    k = max(range(len(seq)), key=lambda i: best[i])
    out = []
    while k != -1:
        out.append(seq[k]); k = prev[k]
    return out[::-1]

print('LCS =', repr(lcs('ABCBDAB', 'BDCABA')))
print('edit =', edit_distance('kitten', 'sitting'))
print('edit =', edit_distance('', 'abc'), edit_distance('flaw', 'lawn'))
items = [('map', 1, 15), ('compass', 3, 10), ('water', 4, 30), ('food', 2, 20)]
print('knap =', knapsack(items, 7))
print('coins =', coin_change([1, 3, 4], 10), coin_change([5, 7], 3))
print('lis =', lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]))
print(f"{'done':*^20}")
