# `raise` in compiled code: classes and instances, `from` a cause or None, caught in the same
# function or by the caller, raising a non-exception, and the traceback of an uncaught one.


class Stop(Exception):
    pass


def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            raise Stop(i)
    return -1


def search(n):
    hits = 0
    for k in range(n):
        try:
            find(range(20), k % 25)
        except Stop as e:
            hits += e.args[0]
    return hits


print(search(2000))


def check(v):
    if v < 0:
        raise ValueError
    if v > 1000:
        raise OverflowError("too big: %d" % v) from KeyError(v)
    if v == 500:
        raise TypeError("no cause") from None
    return v


def run_checks(vals):
    out = []
    for v in vals:
        try:
            out.append(check(v))
        except (ValueError, OverflowError, TypeError) as e:
            out.append((type(e).__name__, str(e), repr(e.__cause__), e.__suppress_context__))
    return out[-4:]


print(run_checks(list(range(400)) + [-1, 2000, 500, 7]))


def bad_raise(n):
    for i in range(n):
        if i == n - 1:
            try:
                raise 42
            except TypeError as e:
                return str(e)
    return None


print(bad_raise(300))


def in_handler(n):
    total = 0
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError as e:
                raise IndexError(i) from e
        except IndexError as e:
            total += isinstance(e.__context__, KeyError)
    return total


print(in_handler(500))


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1) + 1


for _ in range(300):
    try:
        deep(5)
    except RuntimeError:
        pass
deep(3)
