# A generator suspended in `yield from` while its inner generator is also advanced directly,
# thrown into, closed or exhausted by someone else: values pass through as CPython's SEND
# passes them, and the outer frame goes on when the inner one is done.


def inner(tag, n):
    for i in range(n):
        got = yield (tag, i)
        if got is not None:
            print(tag, "got", got)
    return tag + " done"


def outer(gen):
    r = yield from gen
    print("outer resumed with", r)
    yield "after"


g = inner("a", 5)
o = outer(g)
print(next(o), next(g), next(o), o.send("x"), next(g))
print(list(o))

g = inner("b", 3)
o = outer(g)
print(next(o))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("inner raised", repr(e))
print(list(o))

g = inner("c", 3)
o = outer(g)
print(next(o))
g.close()
print(list(o))


def deep(n):
    if n == 0:
        yield "leaf"
        return "bottom"
    r = yield from deep(n - 1)
    yield r + str(n)
    return r


d = deep(30)
print(list(d))
d = deep(5)
print(next(d), next(d), d.send(None), next(d, "end"))
