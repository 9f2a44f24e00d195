# traceback.print_exc / print_exception on stderr: plain, chained (cause and context), an
# exception group, a SyntaxError from exec, and no exception being handled.
import traceback


class AppError(Exception):
    pass


def load(key):
    return {"a": 1}[key]


def handler():
    try:
        load("b")
    except KeyError as e:
        raise AppError("load failed") from e


try:
    handler()
except AppError:
    traceback.print_exc()
    traceback.print_exc(chain=False)
try:
    try:
        None.attr
    except AttributeError:
        [1, 2][5]
except IndexError as e:
    traceback.print_exception(e)
try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])
except ExceptionGroup as e:
    traceback.print_exception(e)
try:
    exec("x = (1,")
except SyntaxError as e:
    traceback.print_exception(e)
traceback.print_exc()
print("done")
