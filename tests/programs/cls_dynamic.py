# Class bodies are executed code; type() with 3 args; nested classes; __init_subclass__
print("before class")
class Body:
    print("executing class body")
    x = 1
    y = x + 1
    for i in range(3):
        x *= 2
    del i
    def method(self):
        return self.x
    print("body locals:", sorted(k for k in locals() if not k.startswith("__")))
print(Body.x, Body.y, Body().method())
def hello(self):
    return f"hello from {type(self).__name__} with v={self.v}"
Dyn = type("Dyn", (), {"v": 7, "hello": hello})
print(Dyn.__name__, Dyn().hello(), type(Dyn).__name__)
Sub = type("Sub", (Dyn,), {"v": 8})
print(Sub().hello(), [c.__name__ for c in Sub.__mro__])
print(type(5) is int, type("s") is str, type(Dyn()) is Dyn)
class Outer:
    class Inner:
        val = "inner val"
        class Deepest:
            pass
    def make(self):
        return self.Inner()
print(Outer.Inner.val, Outer().make().val, Outer.Inner.Deepest.__qualname__)
class Plugin:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, tag))
class A(Plugin):
    pass
class B(Plugin, tag="bee"):
    pass
class C(B):
    pass
print(Plugin.registry)
if True:
    class Conditional:
        where = "if-branch"
else:
    class Conditional:
        where = "else-branch"
print(Conditional.where)
classes = []
for n in range(3):
    class Gen:
        num = n
    classes.append(Gen)
print([c.num for c in classes], classes[0] is classes[1])
obj = Body()
obj.__class__ = Outer
print(type(obj).__name__, isinstance(obj, Outer))
print(Body.__module__, Dyn.__module__)
