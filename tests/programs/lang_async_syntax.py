# Compile-time errors of async code, with CPython's messages.
sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with y: pass",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    def g(): [x async for x in y]",
    "lambda: await x",
    "[await x for x in y]",
]
for src in sources:
    try:
        exec(src, {})
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
# These compile: async generator expressions anywhere, async comprehensions in async code.
for src in [
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [[await z for z in x] async for x in y]",
    "async def f():\n    yield\n    return",
]:
    exec(src, {})
    print("ok")


async def co():
    pass


def gen():
    yield 1


async def agen():
    yield 1


print(co.__code__.co_flags, gen.__code__.co_flags, agen.__code__.co_flags)


def outer():
    async def inner(*a, **k):
        pass
    return inner


print(outer().__code__.co_flags)
