# Globals that a hot function reads and the program keeps rebinding: compiled code first takes
# them as constants, then, once one is rebound, loads it each time. Deleting it raises the
# NameError the interpreter raises.


class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def bump(self, k):
        self.n += k
        return self.n


counter = Counter("first")
scale = 2


def work(items):
    t = 0
    for x in items:
        t += counter.bump(x) * scale
    return t


results = []
for round_ in range(12):
    counter = Counter("round %d" % round_)
    scale = round_ % 3 + 1
    results.append((counter.name, work(range(200))))
print(results[:3], results[-1])


def helper(x):
    return x + 1


def use_helper(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s


for k in range(6):
    print(use_helper(300))
    helper = (lambda k: lambda x: x * k)(k)

del counter
try:
    work([1, 2, 3])
except NameError as e:
    print("NameError:", e)
del scale
counter = Counter("again")
work([1])
