# warnings filters: simplefilter and filterwarnings actions (error, ignore, always, once,
# module, default), category, message and lineno matching, resetwarnings, bad arguments.
import warnings


def warn_twice(msg, cat=UserWarning):
    for _ in range(2):
        warnings.warn(msg, cat)


warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.warn("dep error", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", type(e).__name__, e)

warnings.resetwarnings()
warnings.simplefilter("ignore")
warn_twice("ignored")
print("nothing printed")

warnings.resetwarnings()
warnings.simplefilter("always")
warn_twice("always shown")

warnings.resetwarnings()
warnings.simplefilter("once")
warn_twice("once only")
warnings.warn("once only")

warnings.resetwarnings()
warnings.simplefilter("module")
warn_twice("module once")
warnings.warn("module once")

warnings.resetwarnings()
warnings.simplefilter("default")
warn_twice("default per line")
warnings.warn("default per line")

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.simplefilter("error", category=RuntimeWarning)
warnings.warn("user still shown")
try:
    warnings.warn("runtime raises", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("always")
warnings.warn("SKIP me (case-insensitive prefix)")
warnings.warn("show me, skip is not at the start")

warnings.resetwarnings()
warnings.filterwarnings("error", category=UserWarning, lineno=64)
warnings.simplefilter("always", append=True)
try:
    warnings.warn("line 64 is an error")
except UserWarning as e:
    print("raised on line 64:", e)
warnings.warn("other lines only show")

warnings.resetwarnings()
warnings.filterwarnings("error", module="__main__")
try:
    warnings.warn("module filter")
except UserWarning as e:
    print("module filter matched:", e)

warnings.resetwarnings()
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", UserWarning, append=True)
for action, message, category, module, lineno in warnings.filters:
    print(action, message, category.__name__, module, lineno)

for bad in [("bogus",), ("error", "msg", 5), ("error", 1)]:
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print("AssertionError", e)
