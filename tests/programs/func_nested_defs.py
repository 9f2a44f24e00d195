# def as a statement: conditional definitions, redefinition, defs in loops
def pick(flag):
    if flag:
        def f():
            return "first"
    else:
        def f():
            return "second"
    return f
print(pick(True)(), pick(False)())
def version():
    return 1
v1 = version
def version():
    return 2
print(v1(), version())
makers = []
for i in range(3):
    def m(i=i):
        return i * 100
    makers.append(m)
print([f() for f in makers], makers[0] is makers[1])
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def uses_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(uses_later())
def outer():
    def a():
        return b() + 1
    def b():
        return 10
    return a()
print(outer())
try:
    def fails():
        return not_defined_anywhere
    fails()
except NameError as e:
    print("NameError:", e)
def returns_class():
    class Local:
        def hi(self):
            return "hi from " + type(self).__qualname__
    return Local
L = returns_class()
print(L().hi())
