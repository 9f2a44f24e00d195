# Calls that leave trailing parameters to their defaults, in hot loops (the interpreter's and
# compiled code's fast call path fills them in): shared mutable defaults, defaults replaced
# through __defaults__, a defaulted parameter captured by a closure, methods, and too few
# arguments.


def scale(x, factor=2, offset=0.5):
    return x * factor + offset


def remember(x, seen=[]):
    seen.append(x)
    return len(seen)


def adder(x, step=1):
    def add(y):
        return y + step + x

    return add(10)


class V:
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def combine(self, other, a, b=None):
        if b is None:
            b = a
        return V(self.x * a + other.x * b, self.y * a + other.y * b)


total = 0.0
for i in range(3000):
    total += scale(i) + scale(i, 3) + scale(i, 1, 1)
print(total)
for i in range(2000):
    n = remember(i)
print(n, remember.__defaults__[0][:3])
print(sum(adder(i) for i in range(2000)), sum(adder(i, 5) for i in range(2000)))
scale.__defaults__ = (10, 0)
print(sum(scale(i) for i in range(2000)))
scale.__defaults__ = (1,)
try:
    scale(1)
except TypeError as e:
    print("TypeError:", e)
print(scale(1, 2))
p = V(1.0, 2.0)
q = V()
for i in range(3000):
    q = q.combine(p, 0.5)
print(round(q.x, 6), round(q.y, 6))
try:
    for i in range(3000):
        V().combine()
except TypeError as e:
    print("TypeError:", e)


# Compiled code that passes defaults itself must see them change: between runs of a hot
# loop, and in the middle of one.
def offset(x, by=1):
    return x + by


def run(n, change_at=-1):
    total = 0
    for i in range(n):
        total += offset(i)
        if i == change_at:
            offset.__defaults__ = (1000,)
    return total


print(run(3000))
offset.__defaults__ = (7,)
print(run(3000))
offset.__defaults__ = (1,)
print(run(3000, change_at=1500))
print(run(3000))
offset.__defaults__ = ()
try:
    run(10)
except TypeError as e:
    print("TypeError:", e)
