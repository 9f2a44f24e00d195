# super(): zero-arg and explicit forms, cooperative methods, classmethods
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base_done = True
    def hello(self):
        return "Base.hello"
    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__
class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kw)
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kw)
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self, **kw):
        print("Child.__init__")
        super().__init__(**kw)
    def hello(self):
        return "Child>" + super().hello()
    @classmethod
    def create(cls):
        return "Child.create / " + super().create()
c = Child(left=1, right=2, extra=3)
print(c.left, c.right, c.base_done)
print(c.hello())
print(Child.create(), c.create())
print(super(Left, c).hello())
print(super(Child, c).hello())
print(super(Right, c).hello())
class Str(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return super().__add__("!")
s = Str("hey")
print(s, s.shout(), type(s).__name__, isinstance(s, str))
class MyList(list):
    def append(self, x):
        print("appending", x)
        super().append(x * 2)
ml = MyList([1])
ml.append(5)
print(ml, len(ml))
class Attr:
    value = "Attr.value"
class SubAttr(Attr):
    value = "SubAttr.value"
    def get(self):
        return self.value, super().value
print(SubAttr().get())
class Prop:
    @property
    def p(self):
        return "Prop.p"
class SubProp(Prop):
    @property
    def p(self):
        return "SubProp.p+" + super().p
print(SubProp().p)
