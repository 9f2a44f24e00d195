# TaskGroup (errors as an ExceptionGroup, sibling cancellation) and timeout()/timeout_at().
import asyncio


async def step(name, n, fail=False):
    try:
        for i in range(n):
            print(name, i)
            await asyncio.sleep(0)
        if fail:
            raise ValueError(f"{name} failed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(step("a", 2))
        t2 = tg.create_task(step("b", 3), name="bee")
        print("inside group", t2.get_name())
    print("group done", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("ok", 5))
            tg.create_task(step("bad", 1, fail=True))
    except* ValueError as eg:
        print("caught group", type(eg).__name__, [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(step("c", 3))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", [repr(e) for e in eg.exceptions])
    tg = asyncio.TaskGroup()
    co = step("x", 1)
    try:
        tg.create_task(co)
    except RuntimeError as e:
        print(type(e).__name__, str(e).replace(repr(tg), "TG"))
    co.close()
    t = asyncio.timeout(1)
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.02) as cm:
            await step("long", 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at expired", cm.expired())


asyncio.run(main())
