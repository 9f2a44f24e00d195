# Calls between compiled functions made directly (compiled code entering compiled code):
# recursion, mutual recursion, a callee whose guard fails or that raises midway (the
# interpreter finishes it), argument types the callee was not compiled for, a callee
# rebound or whose globals change, objects as arguments, finalisers, and the recursion limit.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(22))


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print([is_even(i) for i in range(40)].count(True), is_odd(301))


# The callee's guard fails midway: int overflow inside it, after several calls succeed.
def grow(x, k):
    y = x * k
    return y + 1


def drive(n):
    t = 0
    x = 3
    for i in range(n):
        x = grow(x, 7)
        t += 1
    return t, x % 1000003


print(drive(10))
print(drive(40))


# The callee raises; the caller catches it, and the traceback names both.
def checked_div(a, b):
    q = a // b
    return q


def divide_all(xs):
    out = 0
    for x in xs:
        try:
            out += checked_div(100, x)
        except ZeroDivisionError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append(tb.tb_lineno)
                tb = tb.tb_next
            print("caught", e, lines)
    return out


print(divide_all([1, 2, 3, 0, 5] * 3 + [1, 2, 3, 5] * 40 + [0]))


# Arguments of a type the callee was not compiled for: the ordinary call, same result.
def twice(v):
    return v + v


def apply_all(items):
    return [twice(v) for v in items]


def loop_twice(n):
    s = 0
    for i in range(n):
        s += twice(i)
    return s


print(loop_twice(500))
print(apply_all([1, 2.5, "ab", [1], (2,), True, None is None]))


def loop_twice_mixed(n):
    s = 0.0
    for i in range(n):
        s += twice(i * 0.5) if i % 3 else twice(i)
    return s


print(loop_twice_mixed(600))


# Rebinding the callee while the caller is compiled: the new function is called.
def step(v):
    return v + 1


def run_steps(n):
    t = 0
    for i in range(n):
        t = step(t)
        if i == n // 2:
            rebind()
    return t


def rebind():
    global step

    def step(v):
        return v + 10


print(run_steps(400))


# A global the callee reads changes between calls.
FACTOR = 2


def scaled(v):
    return v * FACTOR


def sum_scaled(n):
    s = 0
    for i in range(n):
        s += scaled(i)
        if i == 100:
            set_factor(3)
    return s


def set_factor(f):
    global FACTOR
    FACTOR = f


print(sum_scaled(300))


# Objects as arguments and results.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def add(a, b):
    return Vec(a.x + b.x, a.y + b.y)


def total(n):
    acc = Vec(0, 0)
    one = Vec(1, 2)
    for i in range(n):
        acc = add(acc, one)
    return acc.x, acc.y


print(total(1000))


# Finalisers run where CPython runs them, around direct calls too.
class Noisy:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        if self.i % 100 == 0:
            print("del", self.i)


def make(i):
    return Noisy(i)


def churn(n):
    k = 0
    for i in range(n):
        x = make(i)
        k += x.i
    return k


print(churn(301))


# The recursion limit, reached in directly called compiled code.
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


for n in (100, 200):
    print(n, down(n))
sys.setrecursionlimit(150)
for n in (100, 140, 147, 148, 149, 200):
    try:
        print(n, down(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
sys.setrecursionlimit(1000)


def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    return countdown(n - 1)


for _ in range(3):
    try:
        countdown(50)
    except ValueError as e:
        print("ValueError", e)
