# Attribute loads and stores in hot loops, where compiled code reads and writes instance
# slots in place: the class, shape, type epoch and __dict__ checks must send every unusual
# object back to the general path.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


def total(ps, n):
    t = 0.0
    for i in range(n):
        p = ps[i % len(ps)]
        t += p.x * p.y
        p.x = p.x + 1.0
    return t


ps = [P(1.0, 2.0), P(3.0, 4.0)]
print(total(ps, 3000))
print([(p.x, p.y) for p in ps])

# Another class, another shape, an object attribute, a __dict__ view.
q = Q(1.5, 2.5)
r = P(0.5, 1.0)
r.extra = "more"
s = P(2.0, [1, 2])
s.y = 3.0
mixed = [ps[0], q, r, s]
print(total(mixed, 3000))
vars(ps[1])["x"] = 10.0
print(total(ps, 2000), ps[1].x)

# Changing the class (type epoch) and the instance's class.
P.x = property(lambda self: 42.0, lambda self, v: None)
print(total([P(1.0, 1.0)], 100))
del P.x
t = P(1.0, 2.0)
print(total([t], 1000))
t.__class__ = Q
print(total([t], 1000), type(t).__name__)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1.0
        self.y = 2.0


print(total([Slotted()], 2000))


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


def chain(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        cur.next = Node(i)
        cur = cur.next
    s = 0
    cur = head
    while cur is not None:
        s += cur.v
        cur = cur.next
    return s


print(chain(5000))
