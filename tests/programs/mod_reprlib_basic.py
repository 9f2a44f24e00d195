# reprlib: repr with size limits for builtin containers and strings, a configured Repr, a
# subclass with its own repr_ method, and recursive_repr.
import reprlib
from collections import deque
from array import array

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr("x" * 100))
print(reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(30))),
      reprlib.repr(frozenset(range(3))), reprlib.repr(deque(range(10))), reprlib.repr(2 ** 200))
print(reprlib.repr(array("i", range(10))), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(()))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]), r.repr({"a": [1, [2]]}))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int!"


print(MyRepr().repr([1, 2, "s"]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


class Other:
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Other(%r)" % (self.me,)


o = Other()
o.me = [o]
print(Node("a"), o, Node.__repr__.__name__, Node.__repr__.__qualname__)
