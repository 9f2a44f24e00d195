print("_pkg_a.inner.deep: loading, __name__ =", __name__)
from .. import sibling
from ..sub import describe
from .. import PKG_VALUE as inner_name

DEEP = "deep/" + sibling.SIB


def chain():
    return [__name__, inner_name, describe()]
