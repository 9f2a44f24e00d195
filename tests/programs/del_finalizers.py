# __del__ runs when the last reference goes (del, rebinding, function exit, list.clear, cycles
# via gc.collect, resurrection, interpreter shutdown), in CPython's order.
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = R(1)
del x
print("after 1")
y = R(2)
y = R(3)
print("after 2")
def f():
    r = R(4)
    print("in f")
f()
print("after f")
items = [R(i) for i in range(5, 8)]
items.clear()
print("cleared")
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print("node del", self.n, self.other is not None)
a = Node("a"); b = Node("b"); a.other = b; b.other = a
del a, b
import gc
gc.collect()
print("collected")
class Res:
    saved = []
    def __del__(self):
        print("resurrect")
        Res.saved.append(self)
r = Res(); del r
print(len(Res.saved))
Res.saved.clear()
print("cleared saved")
_private = R("private")
public = R("public")
print("end")
