# A property learns its attribute name from __set_name__ (CPython 3.11's error messages use
# it); one assigned to a class after the class was made has no name.


class P:
    pass


P.x = property(lambda s: 1)


class Q:
    @property
    def x(self):
        return 1

    @x.setter
    def x(self, v):
        pass

    y = property(lambda s: 2)
    z = property(None)


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except AttributeError as e:
        print(label, e)


attempt("set P.x", lambda: setattr(P(), "x", 5))
attempt("set Q.y", lambda: setattr(Q(), "y", 5))
attempt("del Q.x", lambda: delattr(Q(), "x"))
attempt("get Q.z", lambda: Q().z)
attempt("set Q.x", lambda: setattr(Q(), "x", 5))
P.w = property(None)
attempt("get P.w", lambda: P().w)
renamed = Q.__dict__["y"]
renamed.__set_name__(Q, "other")
attempt("set Q.y again", lambda: setattr(Q(), "y", 5))
print(hasattr(property, "__set_name__"))
