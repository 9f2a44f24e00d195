async def inner(x):
    if x > 1:
        raise ValueError(f"bad {x}")
    return x

async def middle(x):
    y = await inner(x)
    return y

async def agen():
    yield 1
    await middle(5)

async def outer():
    print(await middle(1))
    async for v in agen():
        print(v)

c = outer()
c.send(None)
