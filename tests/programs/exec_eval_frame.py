x = 10
print(eval("x + 1"), eval("  x * 2"))
exec("y = x + 5")
print(y)

def f(a):
    b = a * 2
    print(eval("a + b + x"))
    exec("c = 99")           # writes to a snapshot: not visible as a local
    print(sorted(k for k in locals()))
    d = {}
    exec("z = x", globals(), d)
    print(d)
    print(eval("[a * i for i in range(3)]", {"a": 100}, {"a": 5}) if False else eval("b", None or globals(), {"b": 7}))
f(3)

class C:
    v = 4
    exec("w = v * 2")
    u = eval("v + 1")
print(C.w, C.u)

g = {}
exec("def h(n):\n    return n * k\nk = 3", g)
print(g["h"](5))
l = {}
exec("q = 1\ndef h2():\n    return q\n", g, l)
try:
    l["h2"]()
except NameError as e:
    print("NameError:", e)
exec("import math\nr = math.floor(2.5)", g, l)
print(l["r"], sorted(l))
exec("del q", g, l)
print(sorted(l))

def eval(s):
    return "shadowed " + s
print(eval("1+1"))
