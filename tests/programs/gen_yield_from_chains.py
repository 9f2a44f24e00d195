# Chains of `yield from`: values sent through every level, the inner generator's return
# value, exceptions raised at the bottom and caught at some level, throw() and close()
# through the chain, sys.exc_info() inside a chain entered from an except block, a
# generator re-entered while running, and deep chains.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def middle(n):
    r = yield from leaf(n)
    return ("middle", r)


def top(n):
    r = yield from middle(n)
    yield ("top got", r)


g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))


def tree(depth):
    if depth == 0:
        yield depth
        return depth
    a = yield from tree(depth - 1)
    yield depth
    b = yield from tree(depth - 1)
    return a + b + depth


def collect(depth):
    g = tree(depth)
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return sum(out), len(out), e.value


print(collect(10))


def failing(k):
    for i in range(k):
        yield i
    raise KeyError("bottom %d" % k)


def catcher(k):
    try:
        yield from failing(k)
    except KeyError as e:
        yield ("caught", str(e))
    yield "after"


print(list(catcher(3)))


def passthrough(k):
    yield from catcher(k)


print(list(passthrough(2)))


def guarded():
    try:
        yield from leaf(5)
    except ValueError as e:
        yield ("guarded caught", str(e))
    finally:
        print("guarded finally")


g = guarded()
next(g)
next(g)
print(g.throw(ValueError("thrown in")))
g.close()


def closer():
    try:
        yield from leaf(5)
    finally:
        print("closer finally")


g = closer()
next(g)
g.close()
print("closed")


def inner_exc_info():
    yield sys.exc_info()[0]


def outer_in_except():
    try:
        raise IndexError("handled")
    except IndexError:
        yield from inner_exc_info()
        yield from inner_exc_info()


print([t.__name__ if t else None for t in outer_in_except()])


def reenter():
    yield from leaf(1)
    yield me.send(None)


me = reenter()
next(me)
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)


def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)


print(list(chain(200)))
try:
    list(chain(5000))
except RecursionError as e:
    print("RecursionError", e)
