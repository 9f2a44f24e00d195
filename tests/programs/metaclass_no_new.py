# Metaclasses that define methods, __init__ or __call__ but not __new__.
class Meta(type):
    def hello(cls):
        return "hello " + cls.__name__

    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"


class W(metaclass=Meta):
    pass


print(type(W).__name__, W.hello(), repr(W), isinstance(W, Meta))


class Sub(W):
    pass


print(type(Sub).__name__, Sub.hello(), Sub)


class Meta3(type):
    def __init__(cls, name, bases, ns, **kw):
        print("Meta3.__init__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        super().__init__(name, bases, ns)
        cls.tagged = True


try:
    class Bad(metaclass=Meta3, flavour="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base3(metaclass=Meta3):
    def __init_subclass__(cls, **kw):
        print("Base3.__init_subclass__", cls.__name__, kw)


class Z(Base3, flavour="x"):
    def method(self):
        return 1


print(Z.tagged, type(Z) is Meta3)


class Counting(type):
    instances = 0

    def __call__(cls, *args, **kwargs):
        Counting.instances += 1
        return super().__call__(*args, **kwargs)


class Point(metaclass=Counting):
    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
q = Point(3, y=4)
print(Counting.instances, p.x, q.y)

# Calling the metaclass directly builds a class too.
Dyn = Meta("Dyn", (), {"v": 5})
print(type(Dyn).__name__, Dyn.v, Dyn.hello())
print(type(type("Plain", (), {})).__name__)
