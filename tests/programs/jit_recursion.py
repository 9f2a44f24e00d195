# Recursion in hot (compiled) functions, down to RecursionError, and redefinition of a global
# function and a builtin that hot code calls.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError", e)


def helper(x):
    return x + 1


def use_helper(n):
    s = 0
    for i in range(n):
        s = helper(s)
    return s


print(use_helper(2000))


def helper(x):
    return x + 2


print(use_helper(2000))

LIMIT = 10


def under_limit(n):
    c = 0
    for i in range(n):
        if i < LIMIT:
            c += 1
    return c


print(under_limit(3000))
LIMIT = 2000
print(under_limit(3000))
LIMIT = 7.5
print(under_limit(3000))


def use_abs(n):
    t = 0
    for i in range(-n, n):
        t += abs(i)
    return t


print(use_abs(1000))
import builtins
builtins.abs = lambda v: 1
print(use_abs(1000))
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError:
    print("limit respected")
