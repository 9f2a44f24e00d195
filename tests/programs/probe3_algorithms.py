# Classic algorithms as a CS student writes them.

def quicksort(arr):
    if len(arr) <= 1: return arr
    pivot = arr[len(arr) // 2]
    left = [x for x in arr if x < pivot]
    middle = [x for x in arr if x == pivot]
    right = [x for x in arr if x > pivot]
    return quicksort(left) + middle + quicksort(right)

def quicksort_inplace(a, lo=0, hi=None):
    if hi is None: hi = len(a) - 1
    if lo < hi:
        p = a[hi]
        i = lo - 1
        for j in range(lo, hi):
            if a[j] <= p:
                i += 1; a[i], a[j] = a[j], a[i]
        a[i + 1], a[hi] = a[hi], a[i + 1]
        quicksort_inplace(a, lo, i)
        quicksort_inplace(a, i + 2, hi)
    return a

def mergesort(a):
    if len(a) < 2: return a[:]
    mid = len(a) // 2
    l, r = mergesort(a[:mid]), mergesort(a[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    out.extend(l[i:]); out.extend(r[j:])
    return out

def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target: return mid
        elif a[mid] < target: lo = mid + 1
        else: hi = mid - 1
    return -1

graph = {'A': ['B', 'C'], 'B': ['D', 'E'], 'C': ['F'], 'D': [], 'E': ['F'], 'F': ['A'], 'G': ['A']}

def bfs(g, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in g[node]:
            if nb not in seen:
                seen.add(nb); queue.append(nb)
    return order

def dfs(g, node, visited=None):
    if visited is None: visited = []
    visited.append(node)
    for nb in g[node]:
        if nb not in visited:
            dfs(g, nb, visited)
    return visited

class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if not self.items[i] < self.items[parent]: break
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            i = parent
    def pop(self):
        last = self.items.pop()
        if not self.items: return last
        top, self.items[0] = self.items[0], last
        i, n = 0, len(self.items)
        while True:
            l, r, s = 2 * i + 1, 2 * i + 2, i
            if l < n and self.items[l] < self.items[s]: s = l
            if r < n and self.items[r] < self.items[s]: s = r
            if s == i: break
            self.items[i], self.items[s] = self.items[s], self.items[i]
            i = s
        return top
    def __len__(self): return len(self.items)

def dijkstra(wg, src):
    dist = {n: float('inf') for n in wg}
    dist[src] = 0
    h = MinHeap(); h.push((0, src))
    while len(h):
        d, u = h.pop()
        if d > dist[u]: continue
        for v, w in wg[u].items():
            if d + w < dist[v]:
                dist[v] = d + w; h.push((dist[v], v))
    return dist

memo = {}
def fib(n):
    if n in memo: return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27]
print(quicksort(data)); print(quicksort_inplace(data[:])); print(mergesort(data))
s = mergesort(data)
print([binary_search(s, t) for t in (3, 82, -5, 100, 27)])
print(bfs(graph, 'A'), dfs(graph, 'G'))
wg = {'s': {'a': 7, 'b': 2}, 'a': {'c': 1}, 'b': {'a': 3, 'c': 8}, 'c': {'d': 2}, 'd': {}, 'z': {}}
print(sorted(dijkstra(wg, 's').items()))
print(fib(90), len(memo))
