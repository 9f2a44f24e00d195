# __hash__ and __eq__ for dict keys and set members
class Key:
    def __init__(self, name, n):
        self.name, self.n = name, n
    def __eq__(self, o):
        return isinstance(o, Key) and (self.name, self.n) == (o.name, o.n)
    def __hash__(self):
        return self.n * 31 + len(self.name)
    def __repr__(self):
        return f"Key({self.name!r}, {self.n})"
d = {Key("a", 1): "first", Key("b", 2): "second"}
print(d[Key("a", 1)], Key("b", 2) in d, Key("a", 2) in d)
d[Key("a", 1)] = "replaced"
print(len(d), list(d.values()))
s = {Key("x", 5), Key("x", 5), Key("y", 5)}
print(len(s))
print(hash(Key("ab", 3)), hash(Key("c", 0)))
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 7
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(len(cd), cd[Collide(3)], list(cd))
class Ident:
    def __repr__(self): return "Ident"
i1, i2 = Ident(), Ident()
dd = {i1: 1, i2: 2}
print(len(dd), dd[i1], dd[i2], hash(i1) == hash(i1))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {1, 2, {3}}
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})
print(hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20))
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()))
