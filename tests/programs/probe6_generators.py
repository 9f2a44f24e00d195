# Generators with try/finally, return values, chaining, short-circuiting.
log = []

def counter(n, tag):
    try:
        for i in range(n):
            log.append(f"{tag}:yield{i}")
            yield i
        return f"{tag}-done"
    finally:
        log.append(f"{tag}:finally")

def chain(*gens):
    results = []
    for g in gens:
        r = yield from g
        results.append(r)
    return results

g = chain(counter(2, "a"), counter(3, "b"))
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as stop:
    print("values", out, "return", stop.value)
print(log)
log.clear()

g = counter(5, "c")
print(next(g), next(g))
g.close()
print(log, list(g))
log.clear()

def echo():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                break
            total += x
    except ValueError as e:
        log.append(f"caught {e}")
        yield -1
    finally:
        log.append("echo finally")
    return total

e = echo()
print(next(e), e.send(5), e.send(10))
print(e.throw(ValueError("boom")))
try:
    next(e)
except StopIteration as s:
    print("stop value", s.value)
print(log)
log.clear()

def squares(n):
    for i in range(n):
        log.append(i)
        yield i * i

print(sum(squares(5)), min(squares(4)), max(squares(4)), sorted(squares(4), reverse=True))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in ["aa", "b", "ccc", "dd"]))
print(min((x for x in []), default="empty"), max([3, 1, 2], key=lambda v: -v))
log.clear()

def check(v, tag):
    log.append(f"{tag}{v}")
    return v

print(any(check(x, "any") > 2 for x in [1, 3, 5, 7]), log)
log.clear()
print(all(check(x, "all") < 3 for x in [1, 2, 5, 0]), log)
log.clear()
print(any(check(x, "e") for x in []), all(check(x, "e") for x in []), log)

gen = (i for i in range(3))
print(list(gen), list(gen), type(gen).__name__)

def bad():
    yield 1
    raise StopIteration("x")

try:
    list(bad())
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)

def retonly():
    return 42
    yield

try:
    next(retonly())
except StopIteration as s:
    print("retonly", s.value, s.args)
