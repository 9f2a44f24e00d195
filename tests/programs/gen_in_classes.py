# Generator methods, generators holding references to objects, generator state inspection
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self
    def __iter__(self):
        for name, qty in self.items.items():
            yield name, qty
    def expanded(self):
        for name, qty in self:
            for i in range(qty):
                yield f"{name}#{i}"
    @staticmethod
    def countdown(n):
        while n:
            yield n
            n -= 1
    @classmethod
    def defaults(cls):
        yield from (cls.__name__, "default")
inv = Inventory().add("apple", 2).add("pear", 1).add("apple", 1)
print(list(inv), dict(inv))
print(list(inv.expanded()))
print(list(Inventory.countdown(4)), list(Inventory.defaults()))
def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.__qualname__)
next(g); next(g)
print(next(g, None), next(g, "again"))
class Paginator:
    def __init__(self, data, size):
        self.data, self.size = data, size
    def pages(self):
        for start in range(0, len(self.data), self.size):
            yield self.data[start:start + self.size]
p = Paginator(list(range(11)), 4)
for i, page in enumerate(p.pages(), 1):
    print("page", i, page)
def stateful():
    seen = []
    while True:
        v = yield seen[:]
        seen.append(v)
s = stateful()
next(s)
for w in ["x", "y", "z"]:
    print(s.send(w))
def gen_reentry():
    yield next(me)
me = gen_reentry()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
