# __repr__ and __str__: print, str(), repr(), containers, f-strings, fallbacks
class Both:
    def __repr__(self): return "Both<repr>"
    def __str__(self): return "Both<str>"
class ReprOnly:
    def __repr__(self): return "ReprOnly()"
class StrOnly:
    def __str__(self): return "StrOnly-str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {"k": b}, {1: [r]})
print(f"{b} {b!r} {r} {s}")
print("%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        if self.kids:
            return f"Node({self.v!r}, {self.kids!r})"
        return f"Node({self.v!r})"
print(Node("root", [Node(1), Node("x", [Node(2.5)])]))
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Rec:
    def __init__(self): self.items = []
    def __repr__(self): return "Rec" + repr(self.items)
x = Rec()
x.items.append(x)
print(x)
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\n\t\\"), str(None), repr(1.0))
print(Both.__name__, repr(Both).startswith("<class '__main__.Both'>"), str(int), repr(len))
