# Recursive and exotic reprs
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}
d["self"] = d
print(d)
b = [a, d, (a,)]
print(b)
nested = {"list": a, "dict": d}
print(nested)
x = []
y = [x]
x.append(y)
print(x, y)
t = (1, [2, 3], {"four": (5,)})
t[1].append(t)
print(t)

print((), (1,), ((1,),), (((),),))
print(set(), {1}, frozenset(), frozenset({3}))
print(sorted({frozenset({1, 2}), frozenset({3})}, key=lambda s: sorted(s)))
print({(1, 2): frozenset(), None: set()})
dd = {"b": 2, "a": 1, "c": [3]}
print(dd.keys(), dd.values(), dd.items())
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(reversed(dd.keys()).__class__.__name__, list(reversed(dd)))
print(range(5), range(1, 10, 3), range(0), range(-5, 5, -1))
print(slice(1, 2), slice(None), slice(None, None, -1), slice("a", 2.5, None))
print(b"", b"abc", b"\x00\xff\n\t'", b'"', b"'\"", bytes(3))
print(bytearray(), bytearray(b"hi\x80"), bytearray([65, 66]))
print(complex(1, 2), 1j, -1j, complex(0, 0), complex(-0.0, -0.0), 1.5 + 0j, complex(1e20, -1e-5))
print(None, Ellipsis, ..., NotImplemented, [None, ..., NotImplemented])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\n"), repr("\x7f\u00e9\u2603"))
print(repr(1.0), repr(1e16), repr(1e-5), repr(0.1 + 0.2), repr(-0.0), repr(float("inf")), repr(float("-nan")))
print(repr(123456789012345678901234567890), repr(True), repr(False))
print([1.0, 2.5e-10, 3e100], (float("inf"),), {1.5: -0.0})
print(str(b"x"), str(bytearray(b"y")), str(1j), str(range(3)))
print(type(a), type(d.keys()), type(range(1)), type(None), type(...), type(NotImplemented))
print(int, str, list, len, print)

class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        return f"Node({self.v!r}, {self.children!r})"

root = Node("r", [Node(1), Node("two", [Node(3.0)])])
print(root)
root.children.append(root.children)
print(root)

class Weird:
    def __repr__(self):
        return "<weird>"
    def __str__(self):
        return "weird-str"
w = Weird()
print(w, [w], {w: w}.keys().__len__(), (w,), f"{w}", f"{w!r}", str([w]))
m = [[[]]] * 2
m[0][0].append(1)
print(m)
s = "abc"
print(s[::-1], s[5:], list(s), tuple(s), set(s) == {"a", "b", "c"}, sorted(set(s)))
e = {}
e[1] = e
l = [e]
l.append(l)
print(l)
print(memoryview(b"ab").tolist(), list(b"AB"), bytes(memoryview(b"zz")))
