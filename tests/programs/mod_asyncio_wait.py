# asyncio.wait, as_completed, Semaphore and BoundedSemaphore.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    print("job", name, "finishing")
    if fail:
        raise ValueError(name)
    return name


async def main():
    t1 = asyncio.create_task(job("a", 0.05))
    t2 = asyncio.create_task(job("b", 0.15))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait([t1, t2])
    print(len(done), len(pending), sorted(t.result() for t in done))
    t3 = asyncio.create_task(job("c", 0.01, fail=True))
    t4 = asyncio.create_task(job("d", 0.3))
    done, pending = await asyncio.wait([t3, t4], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), type(t3.exception()).__name__)
    done, pending = await asyncio.wait([t4], timeout=0.01)
    print("after timeout", len(done), len(pending))
    t4.cancel()
    for bad in ([], t4):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([t1], return_when="sometimes")
    except ValueError as e:
        print(type(e).__name__, e)
    results = []
    for aw in asyncio.as_completed([job("x", 0.15), job("y", 0.05), job("z", 0.1)]):
        results.append(await aw)
    print(results)
    try:
        for aw in asyncio.as_completed([job("slow", 1)], timeout=0.01):
            await aw
    except asyncio.TimeoutError:
        print("as_completed timed out")
    sem = asyncio.Semaphore(2)
    print(sem.locked())

    async def limited(i):
        async with sem:
            print("enter", i, sem.locked())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("leave", i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print(sem.locked(), await sem.acquire(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
