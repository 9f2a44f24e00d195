# dir(module) lists the module's own names (not the module class's attributes), sorted, or
# what the module's __dir__() returns (PEP 562).
import math
import _dir_helper
import json

names = dir(math)
print(names == sorted(names), "sqrt" in names, "__name__" in names, "__init__" in names,
      "__setattr__" in names)
print(dir(_dir_helper))
this = __import__(__name__)
top = 1
print([n for n in dir(this) if not n.startswith("__")], "__eq__" in dir(json))
