# Generator expressions: laziness, scope, early binding of first iterable, consumption
calls = []
def src(n):
    calls.append("src")
    return range(n)
g = (x * 2 for x in src(4))
print(calls)
print(next(g), calls)
print(list(g))
lst = [1, 2, 3]
ge = (x for x in lst)
lst = [10, 20]
print(list(ge))
data = [1, 2, 3]
ge2 = (x + y for x in data for y in data if x != y)
data.append(4)
print(list(ge2))
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "abc", "ab"]))
print(sorted((x % 3, x) for x in range(7)))
print(",".join(str(i) for i in range(5)))
def consume(it, n):
    return [next(it) for _ in range(n)]
nat = (i for i in range(10 ** 9))
print(consume(nat, 3), consume(nat, 2))
squares = (n * n for n in range(1, 100))
print(next(s for s in squares if s > 50), next(squares))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
ge3 = (1 / x for x in [1, 0, 2])
print(next(ge3))
try:
    next(ge3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(ge3))
print(any(x > 5 for x in range(10 ** 9)), all(x < 5 for x in range(10 ** 9)))
print(tuple(c for c in "hello" if c not in "l"), dict((k, len(k)) for k in ["ab", "c"]))
