import sys
def g():
    try:
        raise ValueError("inside")
    except ValueError:
        yield 1
        print("resumed", sys.exc_info()[0])
    yield 2
it = g(); next(it)
print(sys.exc_info()[0])
try:
    {}["k"]
except KeyError as e:
    print(repr(e.__context__))
    print(next(it))
    print(sys.exc_info()[0])

def h():
    print("in h", sys.exc_info()[0])
    yield
    raise TypeError("from h")

try:
    raise KeyError("outer")
except KeyError:
    hh = h()
    next(hh)
    try:
        next(hh)
    except TypeError as t:
        print(repr(t.__context__))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(e, repr(e.__context__))
print(sys.exc_info())

def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise
r = reraiser(); next(r)
try:
    r.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("rethrown", e, e.__context__)
