# with statement: __enter__/__exit__, exception info, suppression, nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc) if exc else None, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagated")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
try:
    with CM("x1"), CM("x2", suppress=True), CM("x3"):
        1 / 0
    print("after x-chain")
except ZeroDivisionError:
    print("not reached")
def returns_inside():
    with CM("ret"):
        return "returned value"
print(returns_inside())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Resource:
    def __init__(self): self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *a):
        self.open = False
r = Resource()
with r as same:
    print(same is r, r.open)
print(r.open)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
with CM("tuple-target") as (first, *rest):
    print(first, rest)
