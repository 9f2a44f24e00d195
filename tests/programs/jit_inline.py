# Small pure functions called from hot loops (compiled inline at --opt-level 2): results,
# exceptions raised inside them (with the callee in the traceback), int overflow inside them,
# redefinition, and RecursionError at the depth where the real call would raise it.
import sys


def area(w, h):
    return w * h * 0.5


def scale(x):
    k = x * 3
    return k - 1


def inv(x):
    return 1.0 / x


def total(n):
    s = 0.0
    t = 0
    for i in range(n):
        s += area(i, 2.0)
        t += scale(i)
    return s, t


print(total(3000))


def blow_up(n):
    v = 2
    for i in range(n):
        v = scale(v)
    return v


print(blow_up(80))


def safe_inv(xs):
    out = 0.0
    for x in xs:
        try:
            out += inv(x)
        except ZeroDivisionError as e:
            print("caught", e, "at line", e.__traceback__.tb_next.tb_lineno)
    return out


print(safe_inv([1.0, 2.0] * 1500 + [0.0] + [4.0] * 10))


def scale(x):
    return x + 100


print(total(2000))


def depth(n):
    if n == 0:
        return area(1.0, 2.0)
    return depth(n - 1)


sys.setrecursionlimit(300)
for limit_probe in (250, 297, 298, 299, 400):
    try:
        print(limit_probe, depth(limit_probe))
    except RecursionError:
        print(limit_probe, "RecursionError")


def uses_inv(n):
    s = 0.0
    for i in range(n):
        s += inv(i - 1500.0)
    return s


uses_inv(1000)
uses_inv(2000)
