# sys._getframe(depth): the calling frames' code, globals and current lines, f_back chains,
# and the errors; lines are those of calls in progress, whichever way the frame was entered.
import sys


def where(n):
    f = sys._getframe(n)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"]


def a():
    return where(1)


def b():
    return [a() for _ in range(2)]


for i in range(3):
    print(a(), where(0)[0])
    print(b())


class P:
    @property
    def p(self):
        return where(2)

    def __add__(self, o):
        return where(2)

    def __eq__(self, o):
        return where(2)


obj = P()
for i in range(3):
    print(obj.p,
          obj + 1,
          obj == 2)
print(sorted([3, 1, 2], key=lambda x: print(where(1), where(2)) or x))


def chain():
    # From the caller's frame: a snapshot's f_lineno is the line when _getframe was called,
    # which for the calling frame itself would be stale by now.
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


def caller():
    return chain()


print(caller())
print(sys._getframe().f_back, sys._getframe(-3).f_code.co_name)
for bad in [5, "x", 1.5]:
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def gen():
    yield where(1)
    yield where(1)


for v in gen():
    print(v)
print(type(sys._getframe()).__name__)
