# __del__ and object lifetime under reference counting.
import gc

log = []

class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
    def __repr__(self):
        return "Res(%r)" % self.name

print("-- del")
a = Res("a")
del a
print("after del a")

print("-- rebinding")
b = Res("b1")
b = Res("b2")
print("after rebind", b)
b = None
print("after None")

print("-- function scope")
def work():
    t = Res("tmp")
    print("in work", t)
    return 42
print("work ->", work())

print("-- list clear")
items = [Res("L%d" % i) for i in range(3)]
items.clear()
print("cleared")

print("-- list deletion order")
items = [Res("M%d" % i) for i in range(3)]
del items
print("deleted list")

print("-- dict pop")
d = {"k1": Res("d1"), "k2": Res("d2")}
d.pop("k1")
print("popped")
x = d.pop("k2")
print("popped k2 held")
del x
print("released k2")

print("-- shared refs")
r = Res("shared")
holder = [r, r]
del r
print("del name")
holder.pop()
print("pop one")
holder.pop()
print("pop two")

print("-- cycle")
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("node gone", self.name)
n1 = Node("n1"); n2 = Node("n2")
n1.other = n2; n2.other = n1
del n1, n2
print("cycle unreachable, not yet collected")
gc.collect()
print("after collect")
gc.enable()

print("-- exception in __del__ is ignored? (skip) attribute resurrection")
class Temp:
    count = 0
    def __init__(self):
        Temp.count += 1
    def __del__(self):
        Temp.count -= 1
ts = [Temp() for _ in range(5)]
print("live", Temp.count)
del ts[1:4]
print("live", Temp.count)
ts = []
print("live", Temp.count)

print("-- with statement + del")
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n); return False
    def __del__(self): print("del ctx", self.n)
with Ctx(1) as c:
    print("body")
del c
print("-- generator holding object")
def gen():
    r = Res("gen-res")
    yield 1
    yield 2
g = gen()
print(next(g))
del g
print("gen dropped")
print("end")
