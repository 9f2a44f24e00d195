# Conditional expressions, nesting and laziness
def loud(v):
    print("eval", v)
    return v
print(loud(1) if True else loud(2))
print(loud(1) if False else loud(2))
print(loud("a") if loud(0) else loud("b"))
for x in range(-2, 3):
    print(x, "neg" if x < 0 else "zero" if x == 0 else "pos")
s = [("even" if i % 2 == 0 else "odd") for i in range(4)]
print(s)
f = lambda n: n if n < 2 else f(n - 1) + f(n - 2)
print([f(i) for i in range(10)])
val = (1 if False else 2) + (3 if True else 4)
print(val)
print("x" if [] else "y", "x" if [0] else "y")
a = b = None
res = a if a is not None else b if b is not None else "default"
print(res)
print((lambda: "L")() if 1 else None)
