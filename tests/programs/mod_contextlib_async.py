# contextlib's async parts: asynccontextmanager, AsyncExitStack, aclosing, and nullcontext
# used with async with.
import asyncio
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, contextmanager,
                        nullcontext, AbstractAsyncContextManager)


@asynccontextmanager
async def actx(x):
    print("aenter", x)
    await asyncio.sleep(0)
    try:
        yield x
    finally:
        print("aexit", x)


@contextmanager
def sync(name):
    print("enter", name)
    yield
    print("exit", name)


class AClose:
    async def aclose(self):
        print("aclosed")


async def agen():
    try:
        for i in range(3):
            yield i
    finally:
        print("agen finalised")


async def main():
    async with actx(1) as v:
        print("inside", v)
    try:
        async with actx(2):
            raise ValueError("inner")
    except ValueError as e:
        print("propagated", e)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(actx(3))
        st.enter_context(sync("s"))

        async def acb(tag):
            print("acb", tag)

        st.push_async_callback(acb, "t")
        st.callback(print, "plain callback")
        print("v", v)
    async with aclosing(AClose()):
        pass
    async with aclosing(agen()) as g:
        async for i in g:
            print("item", i)
            if i == 1:
                break
    async with nullcontext(7) as n:
        print("null", n)

    @actx(9)
    async def decorated():
        print("decorated body")
    await decorated()
    try:
        await AsyncExitStack().enter_async_context(sync("bad"))
    except TypeError as e:
        print(type(e).__name__, e)
    print(isinstance(actx(0), AbstractAsyncContextManager))


asyncio.run(main())
