import sys
def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e), sys.exc_info()[1] is e)
    except* TypeError as e:
        print("T", repr(e))
    print("after", sys.exc_info())
t1()

def t2():
    try:
        raise KeyError("naked")
    except* KeyError as e:
        print("naked", repr(e), repr(e.exceptions[0]))
t2()

def t3():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            print("handled V")
    except ExceptionGroup as g:
        print("rest", repr(g), g.exceptions)

t3()

def t4():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
        except* TypeError as e:
            raise RuntimeError("new") from None
    except BaseException as g:
        print("t4", repr(g))
        for x in g.exceptions:
            print("  ", repr(x), type(x.__context__).__name__)
t4()

def t5():
    try:
        try:
            raise OSError("naked")
        except* ValueError:
            print("no")
    except OSError as e:
        print("naked passes", repr(e))
    try:
        try:
            raise OSError("x")
        except* OSError:
            raise
    except BaseException as e:
        print("bare raise of naked", repr(e))
t5()

def t6():
    for bad in (ExceptionGroup, int, (ValueError, 3)):
        try:
            try:
                raise ValueError()
            except* bad:
                pass
        except TypeError as e:
            print("TypeError", e)
t6()

def t7():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else")
    finally:
        print("finally")
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        print("got")
    else:
        print("no")
    finally:
        print("finally2")
t7()

def t8():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), KeyError(2)]), ValueError(3)])
    except* ValueError as e:
        print(repr(e))
    except* KeyError as e:
        print(repr(e))
t8()

def t6b():
    for bad in (ExceptionGroup, int):
        try:
            try:
                raise ValueError()
            except* bad:
                pass
        except TypeError as e:
            print("TypeError", e, repr(e.__context__), repr(e.__context__.__context__))
    print(sys.exc_info())
t6b()
print(sys.exc_info())

def t10():
    # Notes and causes survive splitting; a re-raised part keeps its identity.
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.add_note("note")
    try:
        try:
            raise eg from KeyError("k")
        except* ValueError as e:
            print(e.__notes__, repr(e.__cause__), e.__traceback__ is not None)
            raise
    except ExceptionGroup as g:
        print(repr(g), g.__notes__, repr(g.__cause__), g is eg)
t10()

def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(5)])
    except* ValueError as e:
        yield repr(e)
print(list(gen()))
def t9():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1/0
t9()
