x = "global-x"
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2], {v % 4 for row in matrix for v in row})
print({k: [c for c in k] for k in ("ab", "cd")}, [(i, j) for i in range(3) for j in range(i)])
print([x for x in range(3)], x)
try:
    print(j)
except NameError as e:
    print("NameError:", e)
data = [3, 8, 1, 9, 4]
print([y for v in data if (y := v * 2) > 6], y)
print([last := v for v in data], last)
total = 0
print([total := total + v for v in data], total)
print(any((hit := v) > 7 for v in data), hit)

def f():
    print([z := k for k in range(3)], z)
    return z

print(f())

class K:
    base = 10
    vals = [1, 2, 3]
    scaled = [v * 2 for v in vals]
    try:
        bad = [v + base for v in vals]
    except NameError as e:
        err = str(e)
    ok = [b + v for b, vs in [(base, vals)] for v in vs]
    first = (lambda b=base: b * 3)()
    names = {n: n.upper() for n in ("a", "b")}

print(K.scaled, K.err, K.ok, K.first, K.names, hasattr(K, "v"))
fns = [lambda: i for i in range(3)]
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns], [f() for f in fns2])
counter = 0

def bump(n):
    global counter
    counter += n
    return counter

bump(2), bump(3)
print(counter)

def make():
    count = 0
    items = []

    def inc(by=1):
        nonlocal count
        count += by
        items.append(count)
        return count

    def get():
        return count, items

    return inc, get

inc, get = make()
inc(), inc(5), inc()
print(get())

def outer():
    a = 1

    def mid():
        a = 2

        def inner():
            nonlocal a
            a += 10
            return a

        return inner(), a

    return mid(), a

print(outer())

def shadow():
    try:
        print(x)
        x = 3
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

shadow()

def gdef():
    global newg
    newg = "made"

gdef()
print(newg)
g = (n * n for n in range(4))
print(list(g), list(g))
vals = [1, 2, 3]
gen = (v for v in vals)
vals = [9]
print(list(gen))
funcs = {name: (lambda op: lambda a, b: a + b if op == "+" else a * b)(op) for name, op in (("add", "+"), ("mul", "*"))}
print(funcs["add"](3, 4), funcs["mul"](3, 4))
print((lambda *a, k=2, **kw: (a, k, sorted(kw)))(1, 2, z=3, k=5))
print([[(lambda q: q + r)(r) for r in range(2)] for _ in range(2)])
print(sorted({c for c in "mississippi"}), list({c: None for c in "banana"}))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in ["aa", "b", "ccc", "dd"]))
