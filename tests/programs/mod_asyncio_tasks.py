# Tasks: create_task, result/done, cancellation, done callbacks, current_task.
import asyncio


async def slow(d, v):
    await asyncio.sleep(d)
    print("slow", v)
    return v


async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("caught cancel", e.args)
        raise
    finally:
        print("catcher finally")


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowed")
    return "swallow result"


async def main():
    t = asyncio.create_task(slow(0, "t"))
    print("created", t.done(), t.get_name().startswith("Task-"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    print(await t, t.done(), t.result(), t.exception(), t.cancelled())
    t2 = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    print("cancel", t2.cancel("stop it"))
    print("cancel again", t2.cancel())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("awaiter got", type(e).__name__, t2.cancelled(), t2.done())
    print("cancel done", t2.cancel())
    try:
        t2.result()
    except asyncio.CancelledError:
        print("result raises CancelledError")
    # Cancelled before it ever ran.
    t3 = asyncio.create_task(slow(0, "never"))
    t3.cancel()
    try:
        await t3
    except asyncio.CancelledError:
        print("t3 cancelled", t3.cancelled())
    # A task that swallows its cancellation finishes normally.
    t4 = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t4.cancel()
    print(await t4, t4.cancelled())
    # Exceptions are stored and re-raised.
    async def fails():
        raise KeyError("k")
    t5 = asyncio.create_task(fails())
    try:
        await t5
    except KeyError as e:
        print("task raised", repr(e), type(t5.exception()).__name__)
    # Done callbacks run via the loop, in order of registration.
    t6 = asyncio.create_task(slow(0, "cb"))
    t6.add_done_callback(lambda f: print("callback 1", f.result()))
    t6.add_done_callback(lambda f: print("callback 2", f.done()))
    await t6
    print("after await t6")
    await asyncio.sleep(0)
    t6.add_done_callback(lambda f: print("late callback"))
    await asyncio.sleep(0)
    print(asyncio.current_task() is not None, len(asyncio.all_tasks()))
    # wait_for
    try:
        await asyncio.wait_for(slow(1, "w"), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    print(await asyncio.wait_for(slow(0.01, "fast"), 1))
    print(await asyncio.wait_for(slow(0, "none"), None))
    # A pending task left at the end is cancelled by asyncio.run.
    asyncio.create_task(catcher())
    await asyncio.sleep(0)
    return "done"


print(asyncio.run(main()))
try:
    asyncio.run(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
c = main()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(main))
c.close()
print(issubclass(asyncio.CancelledError, BaseException), asyncio.TimeoutError is TimeoutError)
# Class names and future reprs as CPython shows them.
print(asyncio.CancelledError, asyncio.InvalidStateError, asyncio.QueueEmpty, asyncio.Future,
      asyncio.Task, asyncio.Lock, asyncio.Queue)


async def reprs():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, "a"])
    print(repr(f), f.done(), f.result())
    f2 = loop.create_future()
    f2.set_exception(KeyError("e"))
    print(repr(f2), repr(f2.exception()))
    f3 = loop.create_future()
    print(f3.cancel(), repr(f3), f3.cancelled())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)


asyncio.run(reprs())
