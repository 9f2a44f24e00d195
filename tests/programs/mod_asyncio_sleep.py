# sleep: sleep(0) yields once; positive delays wait and wake in time order (the delays are
# 50 ms apart so that a slow start, such as JIT compilation, cannot reorder them).
import asyncio
import time


async def sleeper(name, delay, result):
    print("start", name)
    r = await asyncio.sleep(delay, result)
    print("woke", name, r)
    return r


async def main():
    t0 = time.monotonic()
    print(await asyncio.gather(
        sleeper("c", 0.15, "C"),
        sleeper("a", 0.05, "A"),
        sleeper("b", 0.1, "B"),
        sleeper("z", 0, "Z"),
    ))
    elapsed = time.monotonic() - t0
    print("waited", elapsed >= 0.15, elapsed < 2)
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0.001, result="r"))
    print(await asyncio.sleep(-1, 5))
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.1, order.append, "later2")
    loop.call_later(0.05, order.append, "later1")
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    h = loop.call_later(0.005, order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.2)
    print(order)
    print(isinstance(loop.time(), float), loop.is_running())


asyncio.run(main())
