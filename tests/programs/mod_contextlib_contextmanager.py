# contextlib.contextmanager: enter/exit, exceptions in and out of the generator, reuse as a
# decorator, and the generator protocol errors.
import contextlib
from contextlib import contextmanager


@contextmanager
def tag(name):
    print("<%s>" % name)
    yield name
    print("</%s>" % name)


with tag("a") as n, tag("b") as m:
    print("body", n, m)


@tag("deco")
def f(x):
    print("f", x)
    return x + 1


print(f(1))
print(f(2))


@contextmanager
def catching():
    try:
        yield
    except ValueError as e:
        print("caught", e)


with catching():
    raise ValueError("boom")
print("after")


@contextmanager
def cleanup():
    try:
        yield 1
    finally:
        print("cleanup")


try:
    with cleanup():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def twoyield():
    yield
    yield


try:
    with twoyield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield


try:
    with swallow_and_yield():
        raise ValueError("x")
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("transformed") from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# StopIteration raised in the body is not mistaken for the generator's end.
try:
    with cleanup():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)

cm = tag("once")
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print(type(e).__name__)

print(tag.__name__, tag.__wrapped__.__name__)
print(isinstance(tag("z"), contextlib.AbstractContextManager))
print(type(tag("z")).__name__)
