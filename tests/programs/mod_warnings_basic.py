# warnings.warn with the default filters: CPython's format on stderr, the source line, each
# location once, DeprecationWarning shown only for __main__, categories and Warning instances.
import sys
import warnings


def f():
    warnings.warn("hello", UserWarning)


for i in range(3):
    f()
    print("called", i)
warnings.warn("second site")
warnings.warn("dep in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.warn("future", FutureWarning)
warnings.warn("bytes", BytesWarning)


class MyWarning(UserWarning):
    pass


warnings.warn("custom", MyWarning)
for i in range(2):
    warnings.warn("loop %d" % i)  # a different message each time: both shown
for i in range(2):
    warnings.warn("same text in loop")  # one location, one message: shown once
print(sorted(k for k in globals() if k.startswith("__warn")))
print(len(__warningregistry__) > 0)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    warnings.warn("x", category="nope")
except TypeError as e:
    print(type(e).__name__, e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  line text  "))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "<x>", 1)))
sys.stderr.flush()
