# pyjit views test: a function called with ints in one place and floats in another keeps a
# compiled version for each, rather than replacing one with the other (and running the
# calls of the other kind in the interpreter once it may not compile again).


def scale(x, y, k):
    return (x * k, y * k)


def grid(n):
    t = 0
    for i in range(n):
        t += scale(i, i + 1, 2)[1]
    return t


def shades(n):
    t = 0.0
    for i in range(n):
        t += scale(i * 0.5, 1.5, 0.25)[0]
    return t


total = 0
for r in range(40):
    total += grid(20)
    total += shades(20)
print(total)
