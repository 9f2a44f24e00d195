print("_pkg_a.sibling: loading, __name__ =", __name__)
SIB = "sibling constant"


def sib_func():
    return "sib_func from " + __name__
