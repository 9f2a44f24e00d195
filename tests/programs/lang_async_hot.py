# Hot loops inside coroutines and async generators (the JIT must leave them correct), and
# exceptions crossing awaits, try/finally and asyncio.run.
import asyncio


async def add(a, b):
    return a + b


async def hot(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
        if i % 1000 == 0:
            await asyncio.sleep(0)
    return total


async def ticker(n):
    for i in range(n):
        if i % 2500 == 0:
            await asyncio.sleep(0)
        yield i * i


async def consume():
    s = 0
    async for v in ticker(10000):
        s += v
    return s


async def cleanup_order():
    log = []
    try:
        try:
            await asyncio.sleep(0)
            raise ValueError("inner")
        finally:
            log.append("finally 1")
            await asyncio.sleep(0)
            log.append("after await in finally")
    except ValueError as e:
        log.append(f"caught {e}")
    return log


async def agen_with_context():
    class Ctx:
        async def __aenter__(self):
            print("enter")

        async def __aexit__(self, *exc):
            print("exit", exc[0])

    async with Ctx():
        yield 1
        await asyncio.sleep(0)
        yield 2


async def fails():
    await asyncio.sleep(0)
    raise LookupError("from task")


async def main():
    for _ in range(3):
        print(await hot(5000))
    print(await consume())
    print(await cleanup_order())
    print([x async for x in agen_with_context()])
    r = await asyncio.gather(*(hot(300) for _ in range(20)))
    print(len(r), r[0])


asyncio.run(main())
try:
    asyncio.run(fails())
except LookupError as e:
    print("run raised", type(e).__name__, e)
print(asyncio.run(hot(10)))
