# gather: results in order, interleaving of sleep(0)-based tasks as CPython's loop runs them.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "done")
    return name * 2


async def bad(after):
    for _ in range(after):
        await asyncio.sleep(0)
    print("bad raises")
    raise ValueError("bad")


async def main():
    print("main start")
    print(await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 1)))
    print(await asyncio.gather())
    r = await asyncio.gather(bad(1), worker("ok", 2), return_exceptions=True)
    print([type(x).__name__ for x in r], r[1])
    try:
        await asyncio.gather(bad(0), worker("g", 3))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # The same coroutine object twice: run once, its result repeated.
    c = worker("dup", 1)
    print(await asyncio.gather(c, c))
    # Tasks and plain coroutines mixed.
    t = asyncio.create_task(worker("task", 2))
    print(await asyncio.gather(worker("co", 2), t))
    # Nested gathers.
    print(await asyncio.gather(asyncio.gather(worker("n1", 1), worker("n2", 1)), worker("n3", 2)))
    # Cancelling the outer future cancels the children.
    g = asyncio.gather(worker("x", 5), worker("y", 5))
    await asyncio.sleep(0)
    print("cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    try:
        asyncio.gather(1)
    except TypeError as e:
        print(type(e).__name__, e)
    return "main result"


print(asyncio.run(main()))
