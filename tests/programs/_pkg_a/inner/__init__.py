print("_pkg_a.inner: init, __name__ =", __name__)
