# warnings.catch_warnings: record=True, restoring the filters and showwarning, nesting, the
# WarningMessage fields, showwarning/formatwarning replacements and warn_explicit.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(SyntaxWarning("third"))
    for m in w:
        print(m.category.__name__, str(m.message), m.lineno, m.filename.endswith(".py"),
              m.line, m.file, m.source)
    print(str(w[0]).split(" : ")[0].split("{")[1])

with warnings.catch_warnings(record=True) as w:
    warnings.warn("DeprecationWarning not shown outside __main__'s default", DeprecationWarning)
    print(len(w))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("error inside")
    except UserWarning as e:
        print("raised", e)
warnings.warn("back to default outside")

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("to inner")
    warnings.warn("to outer")
print([str(m.message) for m in outer], [str(m.message) for m in inner])

cw = warnings.catch_warnings()
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print(type(e).__name__, e)
cw.__exit__()
try:
    warnings.catch_warnings().__exit__()
except RuntimeError as e:
    print(type(e).__name__, e)


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    print("custom show:", category.__name__, message, lineno)


old = warnings.showwarning
warnings.showwarning = my_showwarning
warnings.warn("through custom showwarning")
warnings.showwarning = old


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s: %s\n" % (category.__name__, message)


old_format = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn("through custom formatwarning")
warnings.formatwarning = old_format

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, module="mymod")
    print(w[0].filename, w[0].lineno, str(w[0].message))
warnings.warn_explicit("explicit shown", RuntimeWarning, "nofile.py", 7)
registry = {}
warnings.warn_explicit("with registry", UserWarning, "r.py", 1, registry=registry)
warnings.warn_explicit("with registry", UserWarning, "r.py", 1, registry=registry)
print(sorted(str(k) for k in registry))
