# import x, from x import y, import x as y; module code runs once
import sys
print("before import")
import _lang_helper
print("after first import")
import _lang_helper
import _lang_helper as lh
from _lang_helper import greet, CONST as C
from _lang_helper import Counter
print("no reload happened")
print(_lang_helper.__name__, lh is _lang_helper, lh.__name__)
print(greet("you"), C, _lang_helper.CONST)
print(_lang_helper._private, lh.not_exported)
c = Counter()
c.tick(); c.tick()
print(c.n, type(c).__name__, type(c).__module__)
print(lh.bump(), _lang_helper.bump(), lh.load_count)
lh.CONST = 99
print(_lang_helper.CONST, C)
print("_lang_helper" in sys.modules, sys.modules["_lang_helper"] is lh)
print(__name__)
def use():
    import _lang_helper as again
    return again.greet("inner")
print(use())
print(greet.__module__, greet.__name__)
