# The call stack as sys._getframe and warnings see it, from functions compiled code calls
# directly (recursion, methods, constructors) and from deep recursion that grows the stack
# of frames.
import sys
import warnings


def who(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno


def leaf(n):
    return who(1), who(2)


def middle(n):
    return leaf(n)


def outer(n):
    r = None
    for i in range(n):
        r = middle(i)
    return r


print(outer(500))


def names_down(n):
    if n == 0:
        out = []
        d = 0
        while True:
            try:
                out.append(sys._getframe(d).f_code.co_name)
            except ValueError:
                return out
            d += 1
    return names_down(n - 1)


for _ in range(300):
    names_down(3)
print(names_down(4))
print(len(names_down(150)))


class Meter:
    def __init__(self, v):
        self.v = v
        self.where = sys._getframe(1).f_code.co_name

    def read(self):
        return who(1)[0]


def meters(n):
    m = None
    for i in range(n):
        m = Meter(i)
        r = m.read()
    return m.where, r


print(meters(400))


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x


def caller(n):
    t = 0
    for i in range(n):
        t += old_api(i)
    return t


warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    print(caller(300))
print(len(caught), caught[-1].lineno, caught[-1].filename.endswith("jit_frames.py"))


def globals_name(n):
    return globals()["__name__"]


def ask(n):
    s = None
    for i in range(n):
        s = globals_name(i)
    return s


print(ask(300))
