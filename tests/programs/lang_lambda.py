# Lambdas: defaults, closures, immediate calls, sorting keys
sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda a, b=10: a + b)(1), (lambda *a, **k: (a, k))(1, 2, z=3))
add = lambda a: lambda b: a + b
print(add(3)(4))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sq.__name__)
fs = {}
for name in ["double", "triple"]:
    fs[name] = (lambda k: lambda x: x * k)(2 if name == "double" else 3)
print(fs["double"](5), fs["triple"](5))
compose = lambda f, g: lambda x: f(g(x))
h = compose(sq, lambda x: x + 1)
print(h(3))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield))  .__name__)
cond = lambda x: "pos" if x > 0 else ("neg" if x < 0 else "zero")
print([cond(v) for v in (-1, 0, 1)])
