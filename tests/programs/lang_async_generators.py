def run(c):
    try:
        while True:
            print('  yielded', c.send(None))
    except StopIteration as e:
        return e.value

class Tick:
    def __await__(self):
        yield 'tick'

async def agen():
    try:
        yield 1
        await Tick()
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('agen finally')

async def main():
    g = agen()
    print(type(g).__name__, repr(g).split(' at ')[0])
    print(await g.__anext__())
    print(await g.asend('x'))
    print(await g.athrow(ValueError('boom')))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print('stop', type(e).__name__)
    print(await g.aclose())
    g2 = agen()
    print(await g2.__anext__())
    print(await g2.aclose())
    g3 = agen()
    await g3.aclose()
    try:
        await g3.__anext__()
    except StopAsyncIteration:
        print('closed gen stops')
    aw = g3.__anext__()
    try:
        await aw
    except StopAsyncIteration:
        print('again')
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)
    async def bad():
        try:
            yield 1
        finally:
            yield 2
    b = bad()
    await b.__anext__()
    try:
        await b.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    async def raiser():
        yield 1
        raise StopAsyncIteration
    r = raiser()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    async def co():
        raise StopIteration(3)
    try:
        await co()
    except RuntimeError as e:
        print(type(e).__name__, e)
    ag = (x * 2 async for x in agen())
    print(type(ag).__name__)
    print([y async for y in ag])
    print(g.ag_running, type(g.ag_await))
    c = co()
    print(c.cr_running, c.cr_await)
    c.close()
    async def nested():
        return [[await Tick2(j) for j in range(i)] for i in range(3)]
    print(await nested())
    async def sg():
        yield 5
    print({x async for x in sg()}, {x: 1 async for x in sg()})
    async def fl():
        for i in range(3):
            yield i
    async for v in fl():
        if v == 1:
            continue
        print('v', v)
        if v == 2:
            break
    else:
        print('no')

class Tick2:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield 't2'
        return self.v

print(run(main()))
try:
    (x async for x in 5).__anext__().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def bad_with():
    async with 5:
        pass
try:
    run(bad_with())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_for():
    async for x in [1]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(type(e).__name__, e)
class BadAiter:
    def __aiter__(self): return 1
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 1
class BadAwait:
    def __await__(self): return 1
class BadAenter:
    async def __aexit__(self, *a): pass
    def __aenter__(self): return 1
for cls in (BadAiter, BadAnext):
    async def f():
        async for x in cls(): pass
    try:
        run(f())
    except TypeError as e:
        print(type(e).__name__, e)
async def f():
    await BadAwait()
try:
    run(f())
except TypeError as e:
    print(type(e).__name__, e)
async def f():
    async with BadAenter(): pass
try:
    run(f())
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    c = f()
    try:
        yield from c
    finally:
        c.close()
try:
    list(gen())
except TypeError as e:
    print(type(e).__name__, e)
async def sender():
    x = await Tick()
co = sender()
try:
    co.send(1)
except TypeError as e:
    print(type(e).__name__, e)
co.close()
async def simple():
    return 1
s = simple()
print(s.throw(ValueError) if False else 'skip')
try:
    s.throw(ValueError('v'))
except ValueError as e:
    print('thrown', e)
try:
    s.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(s.close())
print(simple.__name__, type(simple).__name__)
