# Exceptions raised inside generators, caught inside or outside
def fails_at(n):
    for i in range(5):
        if i == n:
            raise ValueError(f"failed at {i}")
        yield i
out = []
try:
    for v in fails_at(3):
        out.append(v)
except ValueError as e:
    print("caught:", e, out)
g = fails_at(1)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught:", e)
print(next(g, "generator finished after exception"))
def guarded(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([5, 0, 2])))
def handles_inside():
    try:
        yield 1
        yield 1 / 0
    except ZeroDivisionError as e:
        yield "inner caught " + str(e)
    yield "continues"
print(list(handles_inside()))
def cleanup():
    try:
        yield "a"
        raise KeyError("boom")
    finally:
        print("generator cleanup")
try:
    list(cleanup())
except KeyError as e:
    print("KeyError:", e)
def consumer_raises():
    for i in range(3):
        yield i
try:
    for v in consumer_raises():
        if v == 1:
            raise RuntimeError("consumer error")
except RuntimeError as e:
    print(e)
def with_cm():
    class CM:
        def __enter__(self):
            print("gen enter")
        def __exit__(self, t, v, tb):
            print("gen exit", t.__name__ if t else None)
            return True
    with CM():
        yield 1
        raise IndexError("suppressed inside generator")
    yield "after with"
print(list(with_cm()))
comp_err = None
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    comp_err = str(e)
print("comprehension error:", comp_err)
def gen_exc_context():
    try:
        raise KeyError("ctx")
    except KeyError:
        yield "in handler"
        raise ValueError("after yield in handler")
gc = gen_exc_context()
print(next(gc))
try:
    next(gc)
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
