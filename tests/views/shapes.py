# pyjit views test: compiled functions, a method, an attribute added after __init__.


class P:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x * self.x


def add(a, b):
    return a + b


def total(n):
    s = 0
    for i in range(n):
        s = add(s, i)
    return s


def tagged(n):
    t = 0
    for i in range(n):
        p = P(i)
        if i % 2:
            p.extra = i
        t = t + p.x
    return t


def unused():
    return 42


print(total(300))
print(sum(P(i).norm() for i in range(100)))
print(tagged(200))
