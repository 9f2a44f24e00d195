# object.__getstate__ (new in 3.11): the instance dict or None, plus set __slots__ values;
# copy.copy / copy.deepcopy with classes that use or extend it.
import copy


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class A:
    pass


a = A()
t("empty dict", lambda: a.__getstate__())
a.x = 1
a.y = [2]
t("dict", lambda: a.__getstate__())
t("is the dict", lambda: a.__getstate__() is a.__dict__)
t("unbound", lambda: object.__getstate__(a))
t("no receiver", lambda: object.__getstate__())
t("extra arg", lambda: a.__getstate__(1))
t("on object", lambda: object().__getstate__())
t("int", lambda: (5).__getstate__())
t("str", lambda: "s".__getstate__())
t("list", lambda: [1].__getstate__())
t("dict obj", lambda: {1: 2}.__getstate__())
t("function", lambda: (lambda: 0).__getstate__())
t("in object", lambda: "__getstate__" in object.__dict__)


class S:
    __slots__ = ("p", "q")


s = S()
t("slots unset", lambda: s.__getstate__())
s.p = 1
t("one slot", lambda: s.__getstate__())
s.q = "two"
t("two slots", lambda: s.__getstate__())
t("slotnames cached", lambda: S.__dict__.get("__slotnames__"))


class SD:
    __slots__ = ("p", "__dict__")


sd = SD()
t("slots+dict empty", lambda: sd.__getstate__())
sd.p = 2
t("slots+dict slot", lambda: sd.__getstate__())
sd.z = 3
t("slots+dict both", lambda: sd.__getstate__())


class Sub(S):
    __slots__ = ("r",)


u = Sub()
u.r = 5
u.q = 6
t("inherited slots", lambda: u.__getstate__())


class D(S):
    pass


d = D()
d.p = 1
d.w = 2
t("dict subclass of slots", lambda: d.__getstate__())


class Priv:
    __slots__ = ("__hidden",)

    def __init__(self):
        self.__hidden = 7


t("mangled slot", lambda: Priv().__getstate__())


class L(list):
    pass


lst = L([1, 2])
t("list subclass", lambda: lst.__getstate__())
lst.k = 1
t("list subclass attr", lambda: lst.__getstate__())


# Classes that extend object.__getstate__ through super(), as 3.11 code does.
class Wrapped:
    def __init__(self):
        self.a = [1]
        self.cache = "drop me"

    def __getstate__(self):
        state = super().__getstate__().copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = None


w = Wrapped()
c1 = copy.copy(w)
c2 = copy.deepcopy(w)
print(vars(c1), c1.a is w.a)
print(vars(c2), c2.a is w.a, c2.a == w.a)


class SlotState:
    __slots__ = ("v", "tag")

    def __getstate__(self):
        st = super().__getstate__()
        print("  state seen:", st)
        return st


ss = SlotState()
ss.v = [1, 2]
cs = copy.deepcopy(ss)
print(cs.v, cs.v is ss.v, hasattr(cs, "tag"))


class Custom:
    def __getstate__(self):
        return {"custom": True}


cu = Custom()
cu.real = 1
print(vars(copy.copy(cu)), vars(copy.deepcopy(cu)))

plain = A()
plain.items = {"k": [1]}
pc = copy.deepcopy(plain)
print(vars(pc), pc.items["k"] is plain.items["k"])
print(vars(copy.copy(sd)), copy.copy(sd).p, copy.copy(s).q)
