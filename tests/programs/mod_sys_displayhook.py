# sys.displayhook: what the interactive prompt calls for an expression statement's value.
import sys
import builtins

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(repr(builtins._))
sys.displayhook([1, (2, 3)])
print(sys.__displayhook__ is sys.displayhook)


class Loud:
    def __repr__(self):
        # `_` is cleared before repr() runs.
        print("repr sees", repr(builtins._))
        return "Loud()"


sys.displayhook(Loud())
print(type(builtins._).__name__)


class Bad:
    def __repr__(self):
        raise ValueError("no repr")


try:
    sys.displayhook(Bad())
except ValueError as e:
    print(type(e).__name__, e, repr(builtins._))

for args in [(), (1, 2)]:
    try:
        sys.displayhook(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# Output goes to sys.stdout, whatever it is now.
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


cap = Capture()
sys.stdout = cap
sys.displayhook(3.5)
sys.stdout = sys.__stdout__
print(cap.parts)
