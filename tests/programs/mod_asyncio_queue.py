# Queue, Event and Lock; producer/consumer interleaving.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.qsize(), q.full(), q.maxsize)

    async def producer(n):
        for i in range(n):
            await q.put(i)
            print("put", i)
            await asyncio.sleep(0)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            print("got", item)

    await asyncio.gather(consumer(), producer(4))
    print(q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)
    # A bounded queue makes the producer wait.
    bq = asyncio.Queue(maxsize=2)

    async def fast_producer():
        for i in range(5):
            await bq.put(i)
            print("bput", i, bq.qsize())

    async def slow_consumer():
        for _ in range(5):
            await asyncio.sleep(0)
            print("bget", await bq.get())
            bq.task_done()

    await asyncio.gather(fast_producer(), slow_consumer())
    bq.put_nowait("a")
    bq.put_nowait("b")
    print(bq.full())
    try:
        bq.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")
    print(bq.get_nowait(), bq.get_nowait())

    async def joiner():
        await bq.join()
        print("joined")

    async def finisher():
        await asyncio.sleep(0)
        print("finishing")
        bq.task_done()
        bq.task_done()

    await asyncio.gather(joiner(), finisher())
    # Several workers sharing a queue.
    work = asyncio.Queue()
    for i in range(6):
        work.put_nowait(i)

    async def worker(name):
        while not work.empty():
            item = work.get_nowait()
            print(name, "handles", item)
            await asyncio.sleep(0)
            work.task_done()

    await asyncio.gather(worker("w1"), worker("w2"))
    await work.join()
    # Event
    ev = asyncio.Event()
    print(ev.is_set())

    async def waiter(i):
        print("waiting", i)
        print("wait returned", await ev.wait(), i)

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("set")
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())
    # Lock
    lock = asyncio.Lock()

    async def locked(i):
        async with lock:
            print("in lock", i, lock.locked())
            await asyncio.sleep(0)
            print("out lock", i)

    await asyncio.gather(*(locked(i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await lock.acquire(), lock.locked())
    lock.release()


asyncio.run(main())
