# Reference cycles are collected; objects still reachable survive every collection.
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.other = None
keep = []
for i in range(60000):
    a = Node(i); b = Node(-i)
    a.other = b; b.other = a          # a cycle, dropped at once
    l = [i]; l.append(l)              # a list containing itself
    d = {}; d["self"] = d
    if i % 1000 == 0:
        keep.append(a)                # some cycles stay alive
def f():
    x = []
    def g():
        return x
    x.append(g)                       # function <-> closure cell <-> list
    return len(x)
total = 0
for i in range(30000):
    total += f()
print(total, len(keep), sum(n.v + n.other.v for n in keep), keep[5].other.other is keep[5])
print(gc.collect() >= 0, gc.isenabled())
