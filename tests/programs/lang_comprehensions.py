# List, set, dict comprehensions and generator expressions
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print(sorted({x % 4 for x in range(20)}))
print({x: x ** 2 for x in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(101)))
print(list(c.upper() for c in "abc"))
g = (i * 2 for i in range(3))
print(next(g), next(g), next(g), next(g, "done"))
# comprehension has its own scope
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
# closure over comprehension variable
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
# class scope: the first iterable is evaluated in class scope
class C:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]
print(C.doubled)
# nested comprehension referencing outer variable
n = 4
print([[i for i in range(j)] for j in range(n)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([y for y in (x * 2 for x in range(5)) if y > 2])
print({k: [v for v in range(k)] for k in range(4)})
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5, 1]))
print([(a, b) for a, b in zip("xyz", range(3))])
print(max((len(w), w) for w in "the quick brown fox".split()))
print([w for w in ["apple", "", "kiwi", ""] if w])
