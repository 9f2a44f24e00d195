# Bare raise, re-raising caught exceptions, raising in handlers, sys.exc_info
import sys
def risky():
    raise ValueError("from risky")
def wrapper():
    try:
        risky()
    except ValueError:
        print("wrapper logs and re-raises")
        raise
try:
    wrapper()
except ValueError as e:
    print("top caught:", e)
def reraise_named():
    try:
        risky()
    except ValueError as e:
        err = e
    raise err
try:
    reraise_named()
except ValueError as e:
    print("re-raised stored:", e)
def transform():
    try:
        {}["x"]
    except KeyError as e:
        raise LookupError("transformed: " + str(e))
try:
    transform()
except LookupError as e:
    print(type(e).__name__, e, "| ctx:", type(e.__context__).__name__)
print(sys.exc_info())
try:
    raise TypeError("inspect me")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exc_info()[1] is v)
print(sys.exc_info()[0])
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def handler_calls_raise():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    handler_calls_raise()
except KeyError as e:
    print("bare raise re-raises outer:", repr(e))
def retry(times):
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < times:
                raise ConnectionError(f"attempt {attempts}")
            return attempts
        except ConnectionError as e:
            print("retrying after", e)
print(retry(3))
e = ValueError("with traceback")
try:
    raise e.with_traceback(None)
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
