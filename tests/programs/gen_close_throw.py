# Generator close() and throw(): GeneratorExit, finally blocks, catching thrown exceptions
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = with_finally()
print(next(g))
g.close()
print("closed")
print(next(g, "exhausted after close"))
g.close()
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(KeyError("not caught"))
except KeyError as e:
    print("propagated:", repr(e))
print(next(c, "dead"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield "bad"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def exit_handler():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit handled, returning")
        return
eh = exit_handler()
next(eh)
eh.close()
print("closed cleanly")
def never_started():
    print("body never runs")
    yield
ns = never_started()
ns.close()
print("closed before start")
def throw_unstarted():
    yield 1
tu = throw_unstarted()
try:
    tu.throw(IndexError("at start"))
except IndexError as e:
    print("IndexError at start:", e)
def thrown_to_return():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled and returned"
tr = thrown_to_return()
next(tr)
try:
    tr.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def inner():
    try:
        yield "inner"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("outer finally")
o = outer()
next(o)
o.close()
def loop_gen():
    for i in range(10):
        try:
            yield i
        finally:
            if i == 2:
                print("finally at", i)
for v in loop_gen():
    if v == 2:
        break
print("after break")
