def f(a, *, d): pass
def g(a, *, d=0, e=0): pass
def h(a, b=1, *, c): pass
def k(a): pass
for call in [lambda: f(1, 2, d=5), lambda: g(1, 2, d=5, e=1), lambda: g(1, 2, 3), lambda: h(1, 2, 3, c=1),
             lambda: k(1, 2), lambda: k(1, 2, 3), lambda: f(1, 2), lambda: h(1, 2, 3, a=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
