# Shadowing builtins with globals/locals, and restoring them
print(len("abc"))
def len(x):
    return "shadowed len of " + repr(x)
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = lambda *a: "local max"
    return max(1, 2)
print(local_shadow(), max(1, 2))
list = "not a type"
print(list)
del list
print(list("ab"))
def param_named_like_builtin(str, type=None):
    return str, type
print(param_named_like_builtin(1, 2))
print(str(5), type(5).__name__)
print = print
print("print reassigned to itself works")
