print("_pkg_a.sub: loading, __name__ =", __name__)
from . import sibling
from .sibling import SIB
from _pkg_a import PKG_VALUE


def describe():
    return "sub sees " + SIB + " and " + PKG_VALUE + " via " + sibling.__name__
