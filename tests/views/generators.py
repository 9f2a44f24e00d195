# pyjit views test: hot generator functions stay interpreted, and --stats says so.


def squares(n):
    for i in range(n):
        yield i * i


def total(n):
    t = 0
    for k in range(n):
        for s in squares(5):
            t += s
    return t


print(total(200))
