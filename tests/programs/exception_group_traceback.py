import sys
def f():
    raise ExceptionGroup("boom", [ValueError(1), TypeError("t")])
def g():
    try:
        f()
    except Exception as e:
        raise ExceptionGroup("outer", [e, KeyError('k')] + [IndexError(i) for i in range(16)])
def h():
    excs = []
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            excs.append(e)
    try:
        g()
    except ExceptionGroup as eg:
        excs.append(eg)
    raise ExceptionGroup("top", excs) from RuntimeError("cause")
h()
