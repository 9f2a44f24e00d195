# Package used by lang_import_package.
print("_pkg_a: init, __name__ =", __name__)
PKG_VALUE = "pkg value"
from . import sibling
from .sibling import sib_func as _sf
INIT_SEES = _sf()
