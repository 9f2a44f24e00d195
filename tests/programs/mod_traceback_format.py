# traceback: format_exc, format_exception (with and without chaining), format_exception_only,
# print_exception to a file, the legacy (type, value, tb) form, recursion, notes and errors.
import io
import sys
import traceback


def inner(x):
    return 1 / x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text, end="")
    print(repr(text.splitlines()[-1]))

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.splitlines()[0] for p in parts])
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(buf.getvalue() == "".join(parts))
    print("".join(traceback.format_exception(*sys.exc_info())) == "".join(parts))

try:
    try:
        [][1]
    except IndexError:
        int("x")
except ValueError as e:
    for p in traceback.format_exception(e):
        print(repr(p))

print(repr(traceback.format_exc()))
print(traceback.format_exception(None))
try:
    exec("1 +")
except SyntaxError as e:
    print(traceback.format_exception_only(e))


def rec(n):
    return rec(n + 1) if n < 50 else 1 / 0


try:
    rec(0)
except ZeroDivisionError as e:
    parts = traceback.format_exception(e)
    print(len(parts), repr(parts[4]))
e = ValueError("bare")
print(traceback.format_exception(e))
e.add_note("a note")
print(traceback.format_exception_only(e))
for bad in [lambda: traceback.format_exception(5), lambda: traceback.format_exception(e, e)]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
