# Nested try statements, exceptions in handlers/else/finally, propagation through calls
def level3(x):
    print("level3", x)
    if x == "type":
        return len(5)
    if x == "key":
        return {}[x]
    return x.upper()
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        print("level2 handles KeyError", e)
        return "L2"
def level1(x):
    try:
        return level2(x)
    except TypeError as e:
        print("level1 handles TypeError:", e)
        return "L1"
    finally:
        print("level1 finally")
for arg in ["ok", "key", "type"]:
    print("result:", level1(arg))
def error_in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("from handler")
try:
    error_in_handler()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
def error_in_else():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise IndexError("from else")
    finally:
        print("finally still runs")
try:
    error_in_else()
except IndexError as e:
    print("got", repr(e))
try:
    try:
        raise ValueError("v")
    except KeyError:
        print("wrong handler")
    finally:
        print("inner finally, exception still propagating")
except ValueError as e:
    print("outer caught", e)
def deep(n):
    if n == 0:
        raise OverflowError("bottom")
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(4)
except OverflowError as e:
    print("caught at top:", e)
results = []
for i in range(4):
    try:
        try:
            if i == 0: raise ValueError
            if i == 1: raise TypeError
            if i == 2: raise KeyError
        except ValueError:
            results.append("inner-V")
            raise
        except TypeError:
            results.append("inner-T")
    except ValueError:
        results.append("outer-V")
    except KeyError:
        results.append("outer-K")
    else:
        results.append("no-error-%d" % i)
print(results)
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        inner_e = e
        try:
            raise TypeError("b")
        except TypeError:
            print("inside nested handler")
        print("back in handler of", repr(inner_e))
except Exception:
    print("never")
