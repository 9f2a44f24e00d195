# async with / async for: protocol order, early exits, exceptions, suppression.
def run(c):
    try:
        while True:
            v = c.send(None)
            print("  loop got", v)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "pause"


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("aenter", self.name)
        await Pause()
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        print("aexit", self.name, typ.__name__ if typ else None, exc)
        await Pause()
        return self.suppress


class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        await Pause()
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i


async def early_return():
    async with CM("r") as v:
        return v + "!"


async def loops():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise KeyError("gone")
    print("suppressed")
    try:
        async with CM("n"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", e)
    print(await early_return())
    total = 0
    async for i in Count(5):
        if i == 2:
            continue
        if i == 4:
            break
        total += i
    print("total", total)
    async for i in Count(0):
        print("never")
    else:
        print("empty else")
    for outer in range(2):
        async for i in Count(2):
            async with CM(f"{outer}{i}"):
                if i == 2:
                    break
    print([i * 10 async for i in Count(3) if i != 2])
    print({i: i async for i in Count(2)})
    print({i async for i in Count(2)})
    print([(i, j) async for i in Count(2) for j in range(2)])
    print([(i, j) for i in range(2) async for j in Count(2)])
    gen = (i async for i in Count(2))
    print(type(gen).__name__)
    print([x async for x in gen])
    try:
        async for i in Count(3):
            if i == 2:
                raise ValueError(i)
    except ValueError as e:
        print("raised in body", e)


print(run(loops()))
