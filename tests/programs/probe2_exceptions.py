def f_override():
    try:
        return "try"
    finally:
        return "finally"
def f_swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f_override(), f_swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop", i)
    finally:
        print("fin", i)
def gen():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("gen caught", repr(e))
        yield 99
    finally:
        print("gen cleanup")

g = gen()
print(next(g), g.throw(KeyError("k")))
g.close()
g2 = gen()
print(next(g2))
g2.close()
try:
    next(g2)
except StopIteration:
    print("exhausted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        print("enter", [t.__name__ for t in self.types])
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)

with Suppress(ZeroDivisionError) as cm:
    1 / 0
print("after", type(cm).__name__)
try:
    with Suppress(KeyError), Suppress(IndexError):
        [][1]
    with Suppress(KeyError):
        with Suppress(IndexError):
            raise TypeError("inner")
except TypeError as e:
    print("escaped:", e)
class Tracker:
    def __enter__(self): return "resource"
    def __exit__(self, *a):
        print("tracker exit", a[0])
def use():
    with Tracker() as r:
        return r + "!"

print(use())
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad lookup") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise OSError(2, "nofile")
    except OSError:
        raise LookupError("clean") from None
except LookupError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = OSError(2, "No such file", "a.txt")
print(e, e.errno, e.strerror, e.filename, repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
def load(cfg):
    try:
        return cfg["port"]
    except KeyError as exc:
        raise AppError(7, "config incomplete") from exc

try:
    load({})
except AppError as err:
    print("handled", err, err.code, type(err.__cause__).__name__)
print("about to fail")
load({"host": "x"})
