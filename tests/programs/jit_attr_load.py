# Attribute loads of ints, floats and bools read from instance slots into registers in
# compiled code, and every other case taking the general path with the same result.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


class R:
    # x is a property here: not a slot.
    def __init__(self, y):
        self.y = y

    @property
    def x(self):
        return self.y * 10


class G:
    def __getattr__(self, name):
        return 7


def total(ps):
    s = 0
    for p in ps:
        s += p.x + p.y
    return s


ps = [P(i, i + 1) for i in range(100)]
for _ in range(30):
    t = total(ps)
print(t)
# New classes and shapes arrive after compilation.
print(total(ps + [Q(1, 2), Q(3, 4)]))
print(total(ps + [R(5)]))
g = G()
g.y = 3
print(total(ps + [g]))
odd = P(1, 2)
odd.z = 9  # another shape
print(total(ps + [odd]))
# The attribute's type changes: a float, a big int, an object with __radd__.
print(total(ps + [P(1.5, 2)]))
print(total(ps + [P(2 ** 70, 1)]))


class Num:
    def __radd__(self, other):
        return other + 1000

    def __add__(self, other):
        return 1000 + other


print(total(ps + [P(Num(), 1)]))


def missing(ps):
    s = 0
    for p in ps:
        s += p.x
    return s


for _ in range(30):
    missing(ps)
gone = P(1, 2)
del gone.x
try:
    missing(ps + [gone])
except AttributeError as e:
    print("AttributeError:", e)


class Box:
    def __init__(self, p):
        self.p = p


def nested(bs):
    s = 0.0
    for b in bs:
        s += b.p.x * 0.5  # the receiver of .x is a temporary
    return s


bs = [Box(P(float(i), 0)) for i in range(50)]
for _ in range(40):
    r = nested(bs)
print(r)
print(nested(bs + [Box(R(2))]))


def flags(ps):
    n = 0
    for p in ps:
        if p.on:
            n += 1
    return n


class F:
    def __init__(self, on):
        self.on = on


fs = [F(i % 3 == 0) for i in range(90)]
for _ in range(30):
    c = flags(fs)
print(c)
print(flags(fs + [F(5), F(0), F(None)]))
