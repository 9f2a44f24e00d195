# Method calls in compiled code where the method is known from the interpreter's cache:
# guarded on the receiver's class and shape, then called directly. A new receiver class,
# a method redefined on the class, an instance attribute shadowing the method, receivers
# of several classes sharing one method, and receivers held in attributes.


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


class Loud(Counter):
    def bump(self, k):
        self.n += 2 * k
        return -self.n


def drive(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.bump(r % 3)
    return total


a = Counter()
print(drive([a], 500), a.n)
# A subclass with its own method arrives at the compiled site.
print(drive([a, Loud(), a], 300), a.n)


# Receivers of several classes that share one method.
class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class A(Base):
    pass


class B(Base):
    def extra(self):
        return 1


class C(Base):
    pass


def sum_get(items):
    s = 0
    for it in items:
        s += it.get()
    return s


items = [A(1), B(2), C(3)] * 200
print(sum_get(items))
print(sum_get(items + [Base(10)]))


# The method redefined on the class while compiled code calls it.
def call_get(items, n):
    s = 0
    for i in range(n):
        s += items[i % len(items)].get()
        if i == n // 2:
            Base.get = lambda self: self.v * 100
    return s


print(call_get(items, 600))


# An instance attribute shadowing the method.
class Greeter:
    def hello(self):
        return "hello"


def greet_all(gs):
    return [g.hello() for g in gs]


gs = [Greeter() for _ in range(300)]
print(greet_all(gs).count("hello"))
odd = Greeter()
odd.hello = lambda: "shadowed"
print(greet_all(gs + [odd])[-3:])


# Receivers reached through attributes (the receiver moves between value-stack slots).
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

    def total(self):
        return self.value + (self.next.total() if self.next is not None else 0)

    def second(self):
        return self.next.value_of()

    def value_of(self):
        return self.value


chain = None
for i in range(50):
    chain = Node(i, chain)
print(chain.total())
print(sum(chain.second() for _ in range(400)))


# Methods raising inside directly called code.
class Checker:
    def check(self, x):
        if x < 0:
            raise ValueError("negative: %d" % x)
        return x


def check_all(c, xs):
    good = 0
    for x in xs:
        try:
            good += c.check(x)
        except ValueError as e:
            print(e)
    return good


print(check_all(Checker(), list(range(400)) + [-1, 5, -2]))
