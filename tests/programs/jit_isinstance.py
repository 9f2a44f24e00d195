# isinstance(x, C) of a global class in compiled code: an exact instance is decided in
# place; subclasses, other classes, numbers, metaclasses with __instancecheck__ (which may
# raise) and a rebound class or isinstance go the general way, with CPython's results.


class Base:
    pass


class Derived(Base):
    pass


class Other:
    pass


def count(xs):
    n = 0
    for x in xs:
        if isinstance(x, Base):
            n += 1
    return n


items = [Base(), Derived(), Other(), 1, 2.5, None, "s", [Base()]]
for _ in range(400):
    c = count(items)
print(c)


class Meta(type):
    def __instancecheck__(cls, obj):
        if obj == "boom":
            raise ValueError("no instance check for " + repr(obj))
        return obj == 42


class Odd(metaclass=Meta):
    pass


def odd(xs):
    return [isinstance(x, Odd) for x in xs]


for _ in range(400):
    r = odd([Odd(), 42, 41, Base()])
print(r)  # an exact instance is True before __instancecheck__ is asked
try:
    odd([Odd(), "boom"])
except ValueError as e:
    print("ValueError:", e)


def kinds(xs):
    out = []
    for x in xs:
        out.append((isinstance(x, Base), isinstance(x, Derived), isinstance(x, (Other, int))))
    return out


for _ in range(300):
    k = kinds(items)
print(k)

# The class the code took as a constant is rebound.
Base = Other
print(count(items))


def shadowed(xs):
    return sum(1 for x in xs if isinstance(x, Derived))


for _ in range(300):
    s = shadowed(items)
print(s)
isinstance = lambda x, c: True
print(shadowed(items))
del isinstance
print(shadowed(items))
