# try / except / else / finally execution order
def attempt(x):
    print("--- attempt", x)
    try:
        print("try start")
        r = 10 / x
        print("try end", r)
    except ZeroDivisionError as e:
        print("except", type(e).__name__, e)
        r = None
    except TypeError as e:
        print("except TypeError:", e)
        r = "type"
    else:
        print("else", r)
    finally:
        print("finally")
    print("after", r)
    return r
attempt(2)
attempt(0)
attempt("s")
def nested(x):
    try:
        try:
            if x == 1:
                raise ValueError("inner value")
            if x == 2:
                raise KeyError("inner key")
            return "no error"
        except ValueError as e:
            return "inner handled " + str(e)
        finally:
            print("inner finally", x)
    except KeyError as e:
        return "outer handled " + repr(e)
    finally:
        print("outer finally", x)
for x in range(3):
    print(nested(x))
try:
    pass
except Exception:
    print("never")
else:
    print("else on no exception")
try:
    raise RuntimeError
except RuntimeError as e:
    print("class raised:", repr(e), e.args)
try:
    raise ValueError("a", 1, [2])
except ValueError as e:
    print(e, e.args, str(e), repr(e))
e = "before"
try:
    raise KeyError("k")
except KeyError as e:
    print("in handler", repr(e))
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    raise Exception
except Exception as ex:
    print(type(ex).__name__, str(ex) == "", ex.args)
def in_loop():
    results = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            results.append(i)
        except ValueError as ex:
            results.append(-ex.args[0])
    return results
print(in_loop())
