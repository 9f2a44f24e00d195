# sys.stdlib_module_names: a frozenset of the standard library's module names.
import sys

names = sys.stdlib_module_names
print(type(names).__name__, len(names))
print(all(type(n) is str for n in names))
for name in ["os", "sys", "re", "json", "asyncio", "collections", "_collections",
             "tkinter", "decimal", "__future__", "numpy", "pyjit", "os.path", "xml"]:
    print(name, name in names)
print(sorted(names)[:12])
print(sorted(names)[-12:])
print(sorted(n for n in names if n.startswith("_"))[:8])
print(all(n in names for n in ["sys", "builtins", "math", "time"]))
try:
    names.add("x")
except AttributeError as e:
    print(type(e).__name__, e)
