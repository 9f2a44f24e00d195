# yield from: delegation, return values, send passthrough, nested delegation
def inner():
    print("inner start")
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got return", r)
    yield "o1"
    return "outer result"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(x):
    if isinstance(x, list):
        for e in x:
            yield from flatten(e)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def ret_only():
    return 99
    yield
def wrapper():
    v = yield from ret_only()
    yield v
print(list(wrapper()))
def tree(depth, label="r"):
    yield label
    if depth > 0:
        yield from tree(depth - 1, label + "L")
        yield from tree(depth - 1, label + "R")
print(list(tree(2)))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "quit":
            return n * 100
        n += 1
def supervisor():
    result = yield from counter()
    yield "counter returned %d" % result
s = supervisor()
print(next(s), s.send(None), s.send(None), s.send("quit"))
def gen_of_gens():
    for i in range(3):
        sub = yield from (j for j in range(i))
        print("sub returned", sub)
print(list(gen_of_gens()))
