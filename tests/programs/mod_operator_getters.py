# operator.itemgetter, attrgetter and methodcaller: results, reprs, use as sort keys, and
# argument errors.
import operator
from operator import attrgetter, itemgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


g = itemgetter(1)
print(g([10, 20, 30]), g("abc"), g({1: "one"}), repr(g), type(g))
g = itemgetter(0, -1, slice(1, 3))
print(g("hello"), repr(g), repr(itemgetter("k", None, 2.5)))
print(itemgetter("a", "b")({"a": 1, "b": 2}), itemgetter(0)([[1]]))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1)))
print(type(itemgetter).__name__, itemgetter.__name__, itemgetter.__module__)
print(isinstance(g, itemgetter), callable(g))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting="hi", *rest, punct="!", **kw):
        return "%s %s%s%s%s" % (greeting, self.name, rest, punct, sorted(kw.items()))


p = P("ann", P("bob", P("cy")))
a = attrgetter("name")
print(a(p), repr(a), type(a))
a = attrgetter("child.child.name", "name", "child.name")
print(a(p), repr(a))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("__class__.__name__")(1.5))
print(sorted([P("z"), P("m"), P("a")], key=attrgetter("name"))[0].name)
print(repr(attrgetter("a..b")), repr(attrgetter(".a")), repr(attrgetter("x", "y.z")))
show(lambda: attrgetter("child.nope")(p))
show(lambda: attrgetter("name", "missing")(p))
show(lambda: attrgetter("a.")(1))
show(lambda: attrgetter("child.child.child.name")(p))

m = methodcaller("greet")
print(m(p), repr(m), type(m))
m = methodcaller("greet", "hello", 1, 2, punct="?", z=1, a=[2])
print(m(p), repr(m))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("get", "k", "default")({}), list(map(methodcaller("strip"), [" a ", "b "])))
print(sorted(["Bb", "aA", "c"], key=methodcaller("lower")))
print(repr(methodcaller("f", "x", 1.5, None)), repr(methodcaller("g", k="v")))
show(lambda: methodcaller("nope")(1))
show(lambda: methodcaller("greet", 1, 2, punct=3, greeting=4)(p))

show(lambda: itemgetter())
show(lambda: itemgetter(1, x=2))
show(lambda: itemgetter(1)([1], [2]))
show(lambda: itemgetter(1)())
show(lambda: itemgetter(1)(x=1))
show(lambda: itemgetter(5)([1]))
show(lambda: itemgetter("k")({}))
show(lambda: itemgetter(0)(5))
show(lambda: itemgetter(0, 9)([1]))
show(lambda: attrgetter())
show(lambda: attrgetter(1))
show(lambda: attrgetter("a", 2))
show(lambda: attrgetter("a", x=1))
show(lambda: attrgetter("a")())
show(lambda: attrgetter("a")(1, 2))
show(lambda: methodcaller())
show(lambda: methodcaller(1))
show(lambda: methodcaller("f")())
show(lambda: methodcaller("f")(1, 2))
show(lambda: methodcaller("f")(x=1))


class Items:
    def __getitem__(self, k):
        print("getitem", k)
        return k * 2


print(itemgetter(1, 2, 1)(Items()))

# In a hot loop (compiled by the JIT).
get1 = itemgetter(1)
getn = attrgetter("name")
up = methodcaller("upper")


def work(i):
    return get1((i, i + 1)) + len(getn(p)) + len(up("ab")) + len(operator.itemgetter(0, 1)("xyz"))


total = 0
for i in range(2000):
    total += work(i)
print(total)
