# A compiled caller calls a compiled callee directly; the callee is then entered with
# another argument type and recompiled to take either. Direct calls made against the first
# version go to the new one (it accepts all they pass); after a global the callee assumed
# is rebound, they make the ordinary call and see the new value.

SCALE = 10


def weigh(item, extra):
    base = 0 if extra is None else extra.n
    return item.n * SCALE + base


class Box:
    def __init__(self, n):
        self.n = n


def total(items, extras, n):
    t = 0
    for i in range(n):
        t += weigh(items[i % len(items)], extras[i % len(extras)])
    return t


items = [Box(i) for i in range(7)]
print(total(items, [Box(1)], 5000))
print(total(items, [None], 5000))  # weigh is recompiled to take None or a Box
print(total(items, [Box(2), None], 5000))
SCALE = 3
print(total(items, [Box(2), None], 5000))


def chain(k):
    s = 0
    for i in range(k):
        s += weigh(Box(i), Box(1) if i % 3 else None)
    return s


print(chain(4000))
