# Rich comparisons, reflection, default equality, sorting with __lt__
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), min(vs))
a, b = Version(1, 0), Version(2, 0)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a == Version(1, 0), a != Version(1, 0), a == "1.0", a != "1.0")
print(vs.index(Version(0, 9)), Version(1, 2) in vs, vs.count(Version(1, 2)))
class Loud:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"Loud({self.n}).__eq__({o.n if isinstance(o, Loud) else o})")
        return isinstance(o, Loud) and self.n == o.n
    def __gt__(self, o):
        print(f"Loud({self.n}).__gt__")
        return self.n > (o.n if isinstance(o, Loud) else o)
    def __lt__(self, o):
        print(f"Loud({self.n}).__lt__")
        return self.n < (o.n if isinstance(o, Loud) else o)
x, y = Loud(1), Loud(2)
print(x == y)
print(x != y)
print(x < y)
print(5 < x)
print(x > 0)
print(3 == x)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 is p1)
try:
    p1 < p2
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
print(Version.__hash__ is None, Plain.__hash__ is not None)
try:
    {Version(1): 1}
except TypeError as e:
    print("TypeError:", e)
class Sub(Version):
    def __eq__(self, o):
        print("Sub.__eq__ (reflected first)")
        return True
print(Version(9) == Sub(1))
print([1, 2] == [1, 2], (1, [2]) == (1, [2]), [Version(1)] == [Version(1)])
