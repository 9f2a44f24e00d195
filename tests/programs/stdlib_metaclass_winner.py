# The most derived metaclass of a class's bases makes the class, whichever way it is made:
# a class statement (even with an explicit, less derived metaclass), type(name, bases, ns)
# and type.__new__(type, name, bases, ns); unrelated metaclasses are a conflict.
from abc import ABC, abstractmethod
import collections.abc


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(kw))
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)


class A(metaclass=Meta):
    pass


B = type("B", (A,), {})
print(type(B).__name__, B.tag, B.__mro__[1].__name__)

C = type.__new__(type, "C", (A,), {})
print(type(C).__name__, C.tag)


class D(A, metaclass=type):
    pass


print(type(D).__name__, D.tag)


class InitOnly(type):
    def __init__(cls, name, bases, ns):
        print("InitOnly.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        super().__init__(name, bases, ns)


class E(metaclass=InitOnly):
    x = 1


F = type("F", (E,), {"y": 2})
print(type(F).__name__, F.x, F.y)


class M1(type):
    pass


class M2(type):
    pass


class P(metaclass=M1):
    pass


class Q(metaclass=M2):
    pass


for make in (
    lambda: type("R", (P, Q), {}),
    lambda: type.__new__(type, "R", (P, Q), {}),
    lambda: M1("R", (P, Q), {}),
):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

try:

    class R(P, Q):
        pass

except TypeError as e:
    print("TypeError:", e)


class M12(M1, M2):
    pass


class R(P, Q, metaclass=M12):
    pass


print(type(R).__name__)

# An abstract class made with type(): ABCMeta checks its abstract methods.
Abstract = type("Abstract", (ABC,), {"run": abstractmethod(lambda self: None)})
print(type(Abstract).__name__, sorted(Abstract.__abstractmethods__))
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)

Concrete = type("Concrete", (Abstract,), {"run": lambda self: "ran"})
print(Concrete().run())

Empty = type("Empty", (collections.abc.Mapping,), {})
try:
    Empty()
except TypeError as e:
    print("TypeError:", e)


# A metaclass that is a plain function is called as it is.
def fmeta(name, bases, ns):
    print("fmeta", name)
    return type(name, bases, ns)


class G(A, metaclass=fmeta):
    pass


print(type(G).__name__)
