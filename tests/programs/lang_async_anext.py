# The builtins aiter() and anext(), with and without a default.
import asyncio
async def ag():
    yield 1
    await asyncio.sleep(0)
    yield 2
class Counter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    g = ag()
    print(await anext(g), await anext(g, 'dflt'), await anext(g, 'dflt'))
    try:
        await anext(g)
    except StopAsyncIteration as e:
        print('stop', repr(e))
    for bad in (1, [1]):
        try:
            anext(bad)
        except TypeError as e:
            print(e)
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
    print(aiter(g) is g, type(anext(g)).__name__, type(anext(g, 1)).__name__)
    class A:
        def __aiter__(self): return 5
    try:
        aiter(A())
    except TypeError as e:
        print(e)
    c = aiter(Counter())
    print(await anext(c), await anext(c), await anext(c, 'end'), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print('counter stop')
asyncio.run(main())
