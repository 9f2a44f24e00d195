import types
async def f(x):
    return x * 2
async def g():
    a = await f(1)
    b = await f(2)
    return a + b
c = g()
print(type(c).__name__, repr(c).split(' at ')[0])
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class A:
    def __await__(self):
        x = yield 'tick'
        print('got', x)
        return 42
async def h():
    v = await A()
    print('v', v)
    try:
        await 5
    except TypeError as e:
        print(type(e).__name__, e)
    return v
co = h()
print(co.send(None))
try:
    co.send('hello')
except StopIteration as e:
    print('done', e.value)
class CM:
    async def __aenter__(self):
        print('enter'); return self
    async def __aexit__(self, *a):
        print('exit', a[0]); return True
class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def m():
    async with CM() as c:
        print('in')
        raise ValueError('x')
    print('after')
    async for i in AI():
        print('i', i)
    else:
        print('else')
    r = [x async for x in AI()]
    print(r)
    async def ag():
        for i in range(3):
            yield i
            await A()
    r = [x async for x in ag()]
    print(r)
    print([await f(i) for i in range(3)])
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
run(m())
# Coroutines are not iterators; each is closed so none is left unawaited.
c = f(1)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    iter(c)
except TypeError as e:
    print(e)
c.close()
print(c.cr_running, c.cr_await)
# __await__ gives an iterator driving the coroutine.
c = f(21)
w = c.__await__()
try:
    next(w)
except StopIteration as e:
    print("await result", e.value)
# Coroutine functions and objects.
print(type(f).__name__, f.__name__, f.__qualname__)
c = g()
print(c.__name__, c.__qualname__)
c.close()
class K:
    async def meth(self, v):
        return await f(v)
c = K().meth(4)
print(c.__qualname__, run(c))
# Awaiting the same coroutine twice.
async def twice():
    inner = f(3)
    print(await inner)
    try:
        await inner
    except RuntimeError as e:
        print(type(e).__name__, e)
run(twice())
# Subclassing coroutine is refused.
try:
    class Bad(type(c)):
        pass
except TypeError as e:
    print(type(e).__name__, e)
import types
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
async def ag():
    yield
print(isinstance(ag(), types.AsyncGeneratorType), type(K().meth) is types.MethodType)
