# Exception chaining: raise ... from, implicit __context__, from None
def show(e):
    print(type(e).__name__, e)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden context") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from KeyError("unrelated")
except IndexError as e:
    show(e)
try:
    try:
        try:
            raise ValueError("level 1")
        except ValueError:
            raise KeyError("level 2")
    except KeyError:
        raise TypeError("level 3")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur.args[0]})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("cls cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError("bad") from 5
except TypeError as e:
    print("TypeError:", e)
e1 = ValueError("manual")
e1.__cause__ = KeyError("set by hand")
print(repr(e1.__cause__), e1.__suppress_context__)
try:
    try:
        raise ValueError("inside")
    finally:
        print("finally sees exception in flight")
except ValueError as e:
    print("caught", e, e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise KeyError("second")
        except KeyError as second:
            print("second context is first:", second.__context__ is first)
            raise
except KeyError as e:
    print("outer caught", repr(e), repr(e.__context__))
