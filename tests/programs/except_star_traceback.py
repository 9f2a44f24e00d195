# What escapes an except* statement keeps the original traceback; a new exception raised in a
# clause joins the unhandled rest in a new group.
def inner():
    raise ExceptionGroup("x", [ValueError(1), TypeError(2), KeyError(3)])


def mid():
    try:
        inner()
    except* ValueError:
        print("handled ValueError")
    except* KeyError as e:
        raise RuntimeError("from handler") from e


try:
    mid()
except* RuntimeError as g:
    print("caught", repr(g))
    for e in g.exceptions:
        print(" ", repr(e), repr(e.__cause__))
except* TypeError as g:
    print("rest", repr(g))

mid()
