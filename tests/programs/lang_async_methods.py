# async methods, super(), static/class methods, decorators and closures.
import asyncio
class A:
    async def m(self):
        return 'A'
class B(A):
    async def m(self):
        return 'B' + await super().m()
    @staticmethod
    async def s(x=1, *, y=2):
        return x + y
    @classmethod
    async def c(cls):
        return cls.__name__
def deco(f):
    async def wrapper(*a, **k):
        print('before', f.__name__)
        r = await f(*a, **k)
        print('after')
        return r
    return wrapper
@deco
async def decorated(v):
    return v
async def closure():
    n = 0
    async def inc():
        nonlocal n
        n += 1
    for _ in range(3):
        await inc()
    return n
async def main():
    print(await B().m(), await B.s(y=5), await B.c(), await decorated(7), await closure())
    print(B.m.__qualname__, deco(decorated).__name__)
asyncio.run(main())
