# One-argument math functions called on unboxed numbers in compiled code: results, and the
# ValueError/OverflowError/TypeError cases, which leave for the interpreter to raise.
from math import sin, cos, sqrt, exp, log1p, tan
def f(n):
    s = 0.0
    for i in range(n):
        s += sin(i) + cos(i * 0.5) + sqrt(i)
    return s
print(f(1000))
def g(xs):
    out = []
    for x in xs:
        try:
            out.append(sqrt(x))
        except ValueError as e:
            out.append(str(e))
        try:
            out.append(exp(x))
        except OverflowError as e:
            out.append(str(e))
    return out
print(g([1.0, 4.0] * 300 + [-1.0, 1000.0, float('inf'), float('nan')])[-8:])
def h(n):
    t = 0.0
    for i in range(n):
        t += tan(i) + log1p(i)
    return round(t, 6)
print(h(2000))
print(sin(float('inf')) if False else "ok")
def k(xs):
    r = []
    for x in xs:
        try:
            r.append(sin(x))
        except ValueError as e:
            r.append(("VE", str(e)))
        except TypeError as e:
            r.append(("TE", str(e)))
    return r[-4:]
print(k([0.5] * 500 + [float('inf'), 2, True, "x"]))
