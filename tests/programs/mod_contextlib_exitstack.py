# contextlib.ExitStack: enter_context, callback, push, pop_all, close, exception chaining and
# suppression through the stack.
from contextlib import ExitStack, contextmanager


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)


with ExitStack() as stack:
    names = [stack.enter_context(tag("s%d" % i)) for i in range(3)]
    print(names)
    stack.callback(print, "callback", 1, sep="-")

    def exit_cb(typ, val, tb):
        print("push exit", typ)

    stack.push(exit_cb)
    print("in stack")

with ExitStack() as stack:
    stack.callback(print, "deferred")
    later = stack.pop_all()
print("popped")
later.close()


def raising():
    raise RuntimeError("from callback")


try:
    with ExitStack() as st:
        st.callback(raising)
        raise ValueError("body")
except RuntimeError as e:
    print("ctx", repr(e), repr(e.__context__))


def suppressor(*exc):
    print("suppressing", exc[0].__name__)
    return True


with ExitStack() as st:
    st.push(suppressor)
    raise KeyError("gone")
print("after suppression")

try:
    ExitStack().enter_context(5)
except TypeError as e:
    print(type(e).__name__, e)


class CMObj:
    def __enter__(self):
        print("CMObj enter")
        return "value"

    def __exit__(self, *exc):
        print("CMObj exit", exc[0])
        return False


with ExitStack() as st:
    print(st.enter_context(CMObj()))
    st.push(CMObj())

cb = ExitStack().callback(print, "x")
print(cb is print)
stack = ExitStack()
stack.callback(print, "closed explicitly")
stack.close()
stack.close()
