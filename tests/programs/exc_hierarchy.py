# Matching exceptions against the builtin hierarchy, except-clause ordering
def trigger(kind):
    if kind == "key": {}["k"]
    if kind == "index": [][0]
    if kind == "zero": 1 // 0
    if kind == "overflow": 2.0 ** 10000
    if kind == "attr": None.nope
    if kind == "name": undefined_name
    if kind == "type": 1 + "a"
    if kind == "value": int("z")
    if kind == "unbound":
        def f():
            v
            v = 1
        f()
    if kind == "notimpl": raise NotImplementedError("todo")
    if kind == "recursion":
        def r(): r()
        r()
    if kind == "stop": next(iter([]))
    if kind == "unicode": "é".encode("ascii")
    if kind == "assert": assert False
    if kind == "exit": raise SystemExit(2)
    if kind == "kbd": raise KeyboardInterrupt
kinds = ["key", "index", "zero", "overflow", "attr", "name", "type", "value", "unbound", "notimpl", "recursion", "stop", "unicode", "assert", "exit", "kbd"]
for k in kinds:
    try:
        trigger(k)
    except LookupError as e:
        print(k, "LookupError", type(e).__name__)
    except ArithmeticError as e:
        print(k, "ArithmeticError", type(e).__name__)
    except NameError as e:
        print(k, "NameError", type(e).__name__)
    except RuntimeError as e:
        print(k, "RuntimeError", type(e).__name__)
    except ValueError as e:
        print(k, "ValueError", type(e).__name__)
    except Exception as e:
        print(k, "Exception", type(e).__name__)
    except BaseException as e:
        print(k, "BaseException", type(e).__name__)
def chain(cls):
    return [c.__name__ for c in cls.__mro__]
for cls in [KeyError, ZeroDivisionError, UnboundLocalError, RecursionError, UnicodeEncodeError, ModuleNotFoundError, StopIteration, SystemExit, KeyboardInterrupt, GeneratorExit, FileNotFoundError]:
    print(chain(cls))
try:
    raise KeyError("first matching clause wins")
except Exception:
    print("Exception clause first")
except KeyError:
    print("never")
matched = []
for exc in (ValueError, TypeError, KeyError):
    try:
        raise exc("x")
    except (TypeError, ValueError) as e:
        matched.append(("tuple", type(e).__name__))
    except KeyError as e:
        matched.append(("single", type(e).__name__))
print(matched)
handlers = (IndexError, KeyError)
try:
    [1][5]
except handlers as e:
    print("dynamic tuple caught", type(e).__name__, e)
