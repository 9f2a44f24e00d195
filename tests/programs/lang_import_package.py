# Packages: import pkg.sub, from pkg import sub, relative imports
import _pkg_a.sub
print("--- imported _pkg_a.sub")
print(_pkg_a.PKG_VALUE, _pkg_a.INIT_SEES)
print(_pkg_a.sub.describe())
from _pkg_a import sub
print(sub is _pkg_a.sub, sub.__name__)
from _pkg_a import sibling as sib
print(sib.SIB, sib.sib_func())
print("--- importing deep")
from _pkg_a.inner import deep
print(deep.DEEP)
print(deep.chain())
import _pkg_a.inner.deep as d2
print(d2 is deep, _pkg_a.inner.deep is deep)
from _pkg_a.inner.deep import chain
print(chain()[0])
print(_pkg_a.__name__, _pkg_a.inner.__name__)
