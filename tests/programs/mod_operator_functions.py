# The operator module's functions: each is the interpreter's operator (same results, same
# dispatch to user dunders, same errors); the dunder aliases are the same objects.
import operator
import operator as op


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.ge(3, 4), op.gt(5, 4))
print(op.lt([1, 2], [1, 3]), op.eq((1,), [1]), op.gt("b", "a"), op.le({1}, {1, 2}))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth(3), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.abs(-2.5), op.abs(3 + 4j), op.abs(-2 ** 70), op.abs(True))
print(op.add(1, 2), op.add("a", "b"), op.add([1], [2]), op.add(1.5, 2), op.add(2 ** 63, 1))
print(op.and_(12, 10), op.or_(12, 3), op.xor(5, 1), op.and_({1, 2}, {2, 3}), op.or_(True, False))
print(op.floordiv(7, 2), op.floordiv(-7, 2), op.floordiv(7.5, 2), op.truediv(7, 2), op.truediv(1, 3))
print(op.mod(7, 3), op.mod(-7, 3), op.mod("%s-%d", ("a", 1)), op.mul(3, 4), op.mul("ab", 3))
print(op.lshift(1, 70), op.rshift(1024, 3), op.pow(2, 10), op.pow(2, -1), op.pow(2.0, 0.5))
print(op.sub(10, 3), op.sub({1, 2}, {2}), op.neg(5), op.neg(-2.5), op.pos(-3), op.pos(True))
print(op.inv(5), op.invert(-1), op.invert(True), op.index(7), op.index(True), op.index(2 ** 65))
print(op.concat([1], [2]), op.concat("ab", "c"), op.concat((1,), (2,)), op.concat(b"a", b"b"))
print(op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains({"k": 1}, "k"), op.contains(range(5), 7))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf("banana", "a"), op.countOf(iter([None]), None))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf(iter(range(10, 20)), 15))
print(op.getitem([1, 2, 3], 1), op.getitem("abc", slice(1, None)), op.getitem({"a": 1}, "a"))
d = {}
op.setitem(d, "x", 1)
lst = [1, 2, 3, 4]
op.setitem(lst, slice(0, 2), ["a"])
op.delitem(lst, -1)
op.delitem(d, "x")
print(d, lst, op.setitem(lst, 0, 0), lst)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5), op.length_hint(5, 9))
print(op.length_hint(iter(range(10))), op.length_hint(reversed([1, 2])), op.length_hint((x for x in []), 4))
print(op.call(len, "abc"), op.call(dict, a=1), op.call(op.add, 1, 2), op.call(sorted, [3, 1], reverse=True))

# In-place versions: mutate mutable objects, return new immutable ones.
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b, op.iadd(1, 2), op.iadd("x", "y"), op.iadd((1,), (2,)))
s = {1, 2}
print(op.iand(s, {2, 3}) is s, sorted(s), sorted(op.ior(s, {5})), sorted(op.ixor(s, {5})))
print(op.isub(s, {2}), s, op.iand(6, 3), op.ior(4, 1), op.ixor(7, 2), op.isub(7, 2))
print(op.imul([0], 3), op.imul(3, 3), op.itruediv(7, 2), op.ifloordiv(7, 2), op.imod(7, 4))
print(op.ipow(3, 3), op.ilshift(1, 4), op.irshift(16, 2), op.iconcat([1], (2, 3)), op.iconcat("a", "b"))
print(op.imatmul.__name__, op.matmul.__name__)


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return "matmul(%s, %s)" % (self.v, other.v)

    def __imatmul__(self, other):
        self.v = self.v + other.v
        return self

    def __lt__(self, other):
        return "M.lt"

    def __eq__(self, other):
        return NotImplemented

    def __neg__(self):
        return "neg M"

    def __index__(self):
        return 42

    def __len__(self):
        return 3

    def __length_hint__(self):
        return 99

    def __contains__(self, x):
        return x == "in"

    def __iadd__(self, other):
        return "M.iadd"

    def __radd__(self, other):
        return "M.radd"


m, n = M(1), M(2)
print(op.matmul(m, n), op.imatmul(m, n).v, op.lt(m, n), op.eq(m, m), op.eq(m, n), op.neg(m))
print(op.index(m), op.length_hint(m), op.contains(m, "in"), op.contains(m, 1), op.iadd(m, 1), op.add(1, m))


class Hint:
    def __init__(self, r):
        self.r = r

    def __length_hint__(self):
        if isinstance(self.r, Exception):
            raise self.r
        return self.r


print(op.length_hint(Hint(5)), op.length_hint(Hint(NotImplemented), 3), op.length_hint(Hint(TypeError()), 8))
show(lambda: op.length_hint(Hint(-1)))
show(lambda: op.length_hint(Hint("a")))
show(lambda: op.length_hint(Hint(KeyError("k"))))
show(lambda: op.length_hint(Hint(2.0)))

# Dunder aliases are the same function objects.
pairs = [("__lt__", "lt"), ("__not__", "not_"), ("__and__", "and_"), ("__or__", "or_"),
         ("__add__", "add"), ("__mod__", "mod"), ("__inv__", "inv"), ("__call__", "call"),
         ("__iconcat__", "iconcat"), ("__index__", "index"), ("__abs__", "abs"),
         ("__getitem__", "getitem"), ("__ipow__", "ipow"), ("__concat__", "concat")]
print(all(getattr(op, a) is getattr(op, b) for a, b in pairs))
print(op.__add__(2, 3), op.__not__(1), op.__lt__, op.add, op.__not__.__name__)
print(hasattr(op, "__truth__"), hasattr(op, "__countOf__"), hasattr(op, "__length_hint__"))
print(sorted(op.__all__) == sorted(n for n in dir(op) if not n.startswith("_")), len(op.__all__))
print(operator is op, callable(op.add), type(op.add).__name__)

# Errors: the operators' own messages, and CPython's argument checks.
show(lambda: op.add(1, "a"))
show(lambda: op.lt(1, "a"))
show(lambda: op.truediv(1, 0))
show(lambda: op.mod(1, 0))
show(lambda: op.neg("a"))
show(lambda: op.invert(1.5))
show(lambda: op.abs("a"))
show(lambda: op.index(1.5))
show(lambda: op.index("3"))
show(lambda: op.concat(1, 2))
show(lambda: op.concat({}, {}))
show(lambda: op.concat([1], (2,)))
show(lambda: op.concat("a", 1))
show(lambda: op.iconcat(1, [2]))
show(lambda: op.contains(1, 2))
show(lambda: op.countOf(1, 2))
show(lambda: op.indexOf([1], 2))
show(lambda: op.indexOf(5, 2))
show(lambda: op.getitem([1], 5))
show(lambda: op.getitem({}, "k"))
show(lambda: op.getitem(1, 0))
show(lambda: op.setitem((1,), 0, 2))
show(lambda: op.delitem("ab", 0))
show(lambda: op.add(1))
show(lambda: op.add(1, 2, 3))
show(lambda: op.add(1, b=2))
show(lambda: op.neg(1, 2))
show(lambda: op.neg())
show(lambda: op.not_())
show(lambda: op.truth(x=1))
show(lambda: op.is_(1))
show(lambda: op.setitem(1, 2))
show(lambda: op.pow(2, 3, 4))
show(lambda: op.ilshift(1, 2, 3))
show(lambda: op.length_hint())
show(lambda: op.length_hint(1, 2, 3))
show(lambda: op.length_hint(5, "a"))
show(lambda: op.length_hint(5, -1))
show(lambda: op.call())
show(lambda: op.call(5))
show(lambda: op.lshift(1, -1))
show(lambda: op.isub([1], [1]))
