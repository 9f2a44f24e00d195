# User-defined exception classes: args, custom __init__/__str__, hierarchies
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, where="db"):
        super().__init__(what, where)
        self.what, self.where = what, where
    def __str__(self):
        return f"{self.what} not found in {self.where}"
class Invalid(AppError, ValueError):
    code = 400
class NoArgs(Exception):
    def __init__(self):
        pass
for exc in [AppError("generic"), NotFound("user"), NotFound("file", "disk"), Invalid("bad input", 7), NoArgs(), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, "|", repr(e), e.args, e.what)
    except AppError as e:
        print("AppError:", type(e).__name__, str(e), repr(e), e.args)
    except Exception as e:
        print("Exception:", type(e).__name__, repr(str(e)), e.args)
try:
    raise Invalid("x")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.code, isinstance(e, AppError))
print([c.__name__ for c in Invalid.__mro__])
class WithData(Exception):
    def __init__(self, msg, **data):
        super().__init__(msg)
        self.data = data
try:
    raise WithData("failed", retries=3, host="h")
except WithData as e:
    print(e, e.data)
e = AppError("reusable")
for i in range(2):
    try:
        raise e
    except AppError as caught:
        print(i, caught is e)
class Repr(Exception):
    def __repr__(self):
        return "Repr<custom>"
try:
    raise Repr("m")
except Repr as r:
    print(repr(r), str(r))
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), issubclass(Exception, AppError))
try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
err = ValueError("x", "y")
err.args = ("replaced",)
print(str(err), err.args)
print(str(KeyError("k")), str(KeyError("k", "v")), str(KeyError()), repr(KeyError("k")))
