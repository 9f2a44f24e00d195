# Generator send(), priming, yield as an expression
def echo():
    print("primed")
    received = None
    while True:
        received = yield f"echo:{received}"
        if received == "stop":
            return "stopped"
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration as si:
    print("StopIteration value:", si.value)
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 30, 40):
    print(a.send(v))
g = echo()
try:
    g.send("too early")
except TypeError as ex:
    print("TypeError:", ex)
print(g.send(None))
def accumulate():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
acc = accumulate()
next(acc)
for w in "abc":
    print(acc.send(w))
print(acc.send(None))
def running():
    result = 0
    while True:
        result += (yield result) or 0
r = running()
print(next(r), r.send(5), r.send(10), next(r), r.send(1))
def expr_yield():
    x = (yield 1) + (yield 2)
    yield x
eg = expr_yield()
print(next(eg), eg.send(10), eg.send(20))
