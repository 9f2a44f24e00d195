# Closures, cell variables and comprehensions in compiled code: reading and writing cells
# in hot loops, unbound cell errors, functions made in loops (defaults, closures, keyword
# defaults, annotations), comprehensions over ranges, and errors raised while building.


def counter_loop(n):
    total = 0

    def add(k):
        nonlocal total
        total += k

    for i in range(n):
        add(i)
    return total


print(counter_loop(2000))


def accumulate(n):
    acc = []
    scale = 3

    def f(x):
        return x * scale

    for i in range(n):
        acc.append(f(i))
        if i == n // 2:
            scale = 5
    return sum(acc)


print(accumulate(1000))


def make_adders(n):
    adders = []
    for i in range(n):
        def add(x, i=i, *, k=1) -> int:
            return x + i * k
        adders.append(add)
    return adders


adders = make_adders(500)
print(sum(a(1) for a in adders), adders[7].__annotations__, adders[3].__kwdefaults__)


def closures_over_loop(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i)
    return [f() for f in fs][-3:]


print(closures_over_loop(400))


def unbound_cell(n):
    out = 0
    for i in range(n):
        out += i
    if n > 10**9:
        later = 1

    def g():
        return later

    try:
        return g()
    except NameError as e:
        return type(e).__name__, str(e), out


print(unbound_cell(600))


def comprehensions(n):
    squares = [i * i for i in range(n)]
    evens = {i for i in range(n) if i % 2 == 0}
    table = {i: i * 0.5 for i in range(0, n, 7)}
    nested = [[j for j in range(i % 4)] for i in range(n)]
    gen = sum(x for x in range(n) if x % 3 == 0)
    return sum(squares), len(evens), sum(table.values()), sum(map(len, nested)), gen


for _ in range(3):
    print(comprehensions(900))


def bad_keys(n):
    try:
        return {[i]: i for i in range(n)}
    except TypeError as e:
        return str(e)


print(bad_keys(50))


def set_of_lists(items):
    try:
        return {x for x in items}
    except TypeError as e:
        return str(e)


print(set_of_lists([1, 2, 3] * 300 + [[4]]))


def range_args(n):
    def count(it):
        c = 0
        for _ in it:
            c += 1
        return c

    total = 0
    for i in range(n):
        total += count(range(i % 10))
        total += count(iter(range(i % 5)))
    return total


print(range_args(700))
