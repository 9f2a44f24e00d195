# Generator pipelines, delegation, coroutines, closing.

def read_lines():
    text = "alpha 3\nbeta x\n\ngamma 10\n# comment\ndelta -4\nepsilon 7"
    yield from text.split('\n')

def strip_blank(lines):
    for l in lines:
        if l.strip() and not l.startswith('#'): yield l

def parse(lines):
    for l in lines:
        name, _, val = l.partition(' ')
        try:
            yield name, int(val)
        except ValueError:
            print('  skip bad value', repr(val))

def running_total(pairs):
    total = 0
    for name, v in pairs:
        total += v
        yield name, v, total

for row in running_total(parse(strip_blank(read_lines()))):
    print(row)

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def my_islice(it, start, stop, step=1):
    for i, x in enumerate(it):
        if i >= stop: return
        if i >= start and (i - start) % step == 0:
            yield x

print(take(5, count(10, 3)), take(10, 'abc'), list(my_islice(count(), 2, 15, 4)))
print(take(4, (x * x for x in count() if x % 3 == 0)))

def inner(n):
    for i in range(n):
        got = yield i
        if got is not None: print('  inner got', got)
    return f'inner({n}) done'

def outer():
    r1 = yield from inner(2)
    print('  r1 =', r1)
    r2 = yield from inner(3)
    print('  r2 =', r2)
    return r1 + ' & ' + r2

g = outer()
print(next(g), g.send('hello'), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)

def averager():
    total = count_ = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print('  averager reset:', e)
            total = count_ = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count_ += 1
        avg = total / count_
    return (count_, avg)

a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
print(a.throw(ValueError('bad data')), a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print('final', e.value)

def resource(name, log):
    log.append(f'open {name}')
    try:
        for i in range(100):
            yield f'{name}:{i}'
    except GeneratorExit:
        log.append(f'exit {name}')
        raise
    finally:
        log.append(f'close {name}')

log = []
r = resource('db', log)
print(next(r), next(r))
r.close()
r.close()
print(log, list(r))
gen = (c.upper() for c in 'xyz')
print(next(gen), list(gen), list(gen))
