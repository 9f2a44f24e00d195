import types
import sys

def f():
    pass

def g():
    yield 1

class C:
    def m(self):
        pass

print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(C().m, types.MethodType), isinstance(sys, types.ModuleType))
print(types.NoneType is type(None), isinstance(list[int], types.GenericAlias))

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
try:
    types.SimpleNamespace({"k": 2}, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__, e)

mp = types.MappingProxyType({"x": 1, "y": 2})
print(mp["x"], len(mp), "y" in mp, list(mp), mp.get("z", 0), repr(mp), dict(mp.items()))
try:
    types.MappingProxyType(5)
except TypeError as e:
    print(type(e).__name__, e)

def body(ns):
    ns["hello"] = lambda self: "hi"
Dyn = types.new_class("Dyn", (C,), {}, body)
print(Dyn.__name__, Dyn().hello(), issubclass(Dyn, C))
meta, ns2, kw = types.prepare_class("X", (), {"metaclass": type, "flag": 1})
print(meta, ns2, kw)
print(types.resolve_bases((int, str)))
import types, enum, functools
print(type(types.MappingProxyType({})).__name__, types.MappingProxyType.__name__)
class C(enum.Enum):
    A = 1
print(type(C.__members__).__name__, C.__members__)
@functools.singledispatch
def f(x): pass
print(type(f.registry).__name__)
