# contextlib: suppress, closing, nullcontext, redirect_stdout/stderr, chdir, ContextDecorator,
# AbstractContextManager.
import io
import os
import sys
from contextlib import (suppress, closing, nullcontext, redirect_stdout, redirect_stderr,
                        chdir, ContextDecorator, AbstractContextManager)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress(LookupError):
    {}["missing"]
print("subclass suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)


class Res:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Res("r1")) as r:
    print("using", r.name)
try:
    with closing(Res("r2")):
        raise ValueError("inside")
except ValueError as e:
    print("raised", e)

with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hidden")
    print(target is buf)
print("captured", repr(buf.getvalue()))
buf = io.StringIO()
with redirect_stderr(buf):
    print("to stderr", file=sys.stderr)
print("captured err", repr(buf.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("one")
    with redirect_stdout(inner):
        print("two")
    print("three")
print(repr(outer.getvalue()), repr(inner.getvalue()))

cwd = os.getcwd()
with chdir("/"):
    print("in", os.getcwd())
print("back", os.getcwd() == cwd)
try:
    with chdir("/no/such/dir/here"):
        pass
except FileNotFoundError as e:
    print(type(e).__name__, os.getcwd() == cwd)


class Tracer(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print("enter", self.label)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.label, typ.__name__ if typ else None)
        return False


@Tracer("deco")
def work(x):
    print("work", x)
    return x * 2


print(work(21))


@Tracer("failing")
def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    print("KeyError", e)


class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit")


with CM() as c:
    print(type(c).__name__)


class Duck:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


print(isinstance(Duck(), AbstractContextManager), isinstance(5, AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print(type(e).__name__)
