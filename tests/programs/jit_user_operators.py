# Binary operators on instances of user classes: compiled code calls the left operand's
# method directly once the interpreter has seen which one goes first. NotImplemented, the
# reflected method, subclasses whose reflected method goes first, methods that raise,
# methods patched mid-loop and operands that stop being instances all behave as in CPython.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        if isinstance(o, V):
            return V(self.x - o.x, self.y - o.y)
        return NotImplemented

    def __mul__(self, o):
        return self.x * o.x + self.y * o.y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class P(V):
    # A subclass with its own reflected method: `V() - P()` calls P.__rsub__ first.
    def __rsub__(self, o):
        return "P.__rsub__"


class W:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def __add__(self, o):
        return V(self.x + o.x, o.y)

    def __rsub__(self, o):
        return "W.__rsub__ %r" % (o,)


class Odd:
    def __add__(self, o):
        raise ArithmeticError("odd add")


def walk(vs):
    acc = V(0, 0)
    dots = 0
    for v in vs:
        acc = acc + v
        d = acc - v
        dots += v * d
    return acc, dots


vs = [V(i, -i) for i in range(100)]
for _ in range(50):
    r = walk(vs)
print(r)

# Different left classes at one site (W's __add__ and V's).
def pairs(items):
    out = []
    for a, b in items:
        out.append(a + b)
    return out


items = [(V(1, 2), V(3, 4)), (W(5), V(6, 7))] * 40
for _ in range(30):
    r = pairs(items)
print(r[:2])

# NotImplemented from the left method: the reflected method of the right operand.
def subs(items):
    out = []
    for a, b in items:
        out.append(a - b)
    return out


items = [(V(1, 1), V(0, 1))] * 100
for _ in range(20):
    subs(items)
print(subs([(V(1, 1), V(0, 1)), (V(1, 1), W(3)), (V(2, 2), P(1, 1))]))
mixed = [(V(1, 1), V(0, 1)), (V(1, 1), W(3))] * 50
for _ in range(20):
    r = subs(mixed)
print(r[:2])
try:
    subs([(V(1, 1), V(0, 1)), (V(1, 1), 3)])
except TypeError as e:
    print("TypeError:", e)

# A method that raises inside compiled code.
try:
    pairs([(V(1, 2), V(3, 4))] * 5 + [(Odd(), V(0, 0))])
except ArithmeticError as e:
    print("caught:", e)

# The method replaced mid-loop, then operands that are not instances at all.
for i in range(40):
    if i == 20:
        V.__add__ = lambda self, o: "patched"
    r = pairs([(V(1, 2), V(3, 4))] * 10)
print(r[0])
print(pairs([(1, 2), (1.5, 2), ("a", "b"), ([1], [2])]))


# Right operands that are ints, floats, bools and None, at one site.
class S:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        if k is None:
            return NotImplemented
        return S(self.v * k)

    def __rmul__(self, k):
        return S(-self.v * k)


def scale_all(items, ks):
    out = 0
    for s, k in zip(items, ks):
        out += (s * k).v
    return out


items = [S(i) for i in range(100)]
ks = [2, 2.5, True, -1] * 25
for _ in range(30):
    r = scale_all(items, ks)
print("scaled:", r)
print("reflected:", scale_all([2] * 3, [S(1), S(2), S(3)]))
try:
    scale_all(items[:5], [3, 3, 3, 3, None])
except TypeError as e:
    print("TypeError:", e)
