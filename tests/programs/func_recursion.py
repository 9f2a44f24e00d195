# Recursion: plain, mutual, deep (within the default limit), accumulating
import sys
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(30))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(301))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def flatten(x):
    if isinstance(x, list):
        out = []
        for e in x:
            out.extend(flatten(e))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def count_down(n):
    if n < 0:
        return
    print(n, end=" ")
    count_down(n - 1)
count_down(5)
print()
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def tree_sum(t):
    return t if isinstance(t, int) else sum(tree_sum(c) for c in t)
print(tree_sum((1, (2, 3), ((4,), 5))))
