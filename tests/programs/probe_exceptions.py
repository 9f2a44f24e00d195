# exceptions
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg="bad config"):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return f"{self.key}: {self.args[1]}"
class NetError(AppError):
    pass
for exc in [ConfigError("port"), NetError("timeout", 30), AppError(), KeyError("k"), ValueError("v", 1)]:
    try:
        raise exc
    except ConfigError as e:
        print("config", e, repr(e.args), e.key)
    except AppError as e:
        print("app", type(e).__name__, str(e), repr(e), e.args)
    except (KeyError, ValueError) as e:
        print("builtin", type(e).__name__, str(e), repr(e))
def order(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(0), order(1), order(2))
def finally_override():
    try:
        return "try"
    finally:
        return "finally"
print(finally_override())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
        raise RuntimeError("wrapped") from e
try:
    nested()
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no ctx") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        [][1]
    except IndexError:
        {}["x"]
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__context__)
print(repr(KeyError("a")), str(KeyError("a")), str(KeyError("a", "b")), str(KeyError()), repr(KeyError(1)))
print(str(ValueError()), repr(ValueError()), str(ValueError(1, 2)), repr(OSError(2, "nf")), str(OSError(2, "nf")))
print(repr(Exception("x", )), repr(StopIteration(5)), StopIteration(5).value, repr(AttributeError("a")))
errs = []
for fn in [lambda: [][0], lambda: {}["k"], lambda: int("x"), lambda: None.foo, lambda: 1 + "a",
           lambda: undefined_name, lambda: (1).bar, lambda: "abc".index("z"), lambda: [1].remove(2),
           lambda: len(5), lambda: 10 / 0, lambda: iter(3), lambda: int([]), lambda: "a" * "b",
           lambda: {}.pop("q"), lambda: tuple()[0], lambda: abs("s"), lambda: chr(-1)]:
    try:
        fn()
    except Exception as e:
        errs.append(type(e).__name__)
        print(type(e).__name__, "|", e)
print(sorted(set(errs)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(AppError, BaseException))
print(issubclass(UnboundLocalError, NameError), issubclass(NotImplementedError, RuntimeError), issubclass(RecursionError, RuntimeError))
try:
    raise AppError
except AppError as e:
    print("bare class raise", repr(e), e.args)
e_saved = None
try:
    raise NetError("kept")
except NetError as e:
    e_saved = e
print(repr(e_saved))
try:
    print(e)
except NameError as ne:
    print("NameError after except:", ne)
def reraiser():
    try:
        raise ConfigError("host", "missing")
    except AppError:
        print("logging then reraise")
        raise
try:
    reraiser()
except ConfigError as e:
    print("got", e)
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as c1, Ctx("b", swallow=True):
    raise ValueError("in with")
print("after with")
try:
    with Ctx("c"):
        raise TypeError("propagates")
except TypeError as e:
    print("caught", e)
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")]) if False else AssertionError("assert msg")
except AssertionError as e:
    print("AssertionError", e)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("assert:", e, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
x = Exception("base")
x.extra = 1
print(x.extra, isinstance(x, BaseException), Exception.__mro__[1].__name__)
