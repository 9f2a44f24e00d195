# Interleaving of tasks spawned by tasks, cancellation through gather, futures set by callbacks.
import asyncio
async def w(n, k=2):
    for i in range(k):
        print(n, i)
        await asyncio.sleep(0)
    return n
async def spawner():
    t1 = asyncio.create_task(w('s1'))
    print('spawned')
    t2 = asyncio.create_task(w('s2', 3))
    await asyncio.sleep(0)
    print('spawner mid')
    r = await t1
    print('spawner got', r)
    return await t2
async def bg():
    try:
        while True:
            print('bg tick')
            await asyncio.sleep(0)
    finally:
        print('bg finally')
async def main():
    b = asyncio.create_task(bg())
    print(await asyncio.gather(spawner(), w('m', 4)))
    t = asyncio.create_task(w('x', 3))
    g = asyncio.gather(t, w('y', 5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather child cancelled', repr(e))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    r = await asyncio.gather(w('p'), asyncio.sleep(0, 'slept'), return_exceptions=True)
    print(r)
    async def f(fut):
        print('setting')
        fut.set_result(5)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(f(fut))
    print('fut', await fut)
    fut2 = loop.create_future()
    loop.call_soon(fut2.set_exception, KeyError('e'))
    try:
        await fut2
    except KeyError as e:
        print('fut2', repr(e))
    print('end main')
asyncio.run(main())
