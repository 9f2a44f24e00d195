# from module import * with and without __all__
from _lang_helper import *
print(greet("star"), CONST, Counter().tick())
for name in ("not_exported", "_private", "bump", "load_count"):
    print(name, name in globals())
from _lang_noall import *
print(alpha, beta, visible())
for name in ("_gamma", "_hidden"):
    print(name, name in globals())
import _lang_noall
print(_lang_noall._gamma, _lang_noall._hidden())
