# Error handling in realistic code.

LOG = []

class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, value, reason):
        super().__init__(field, value)
        self.field, self.value, self.reason = field, value, reason
    def __str__(self):
        return f'{self.field}={self.value!r}: {self.reason}'

class TransientError(AppError):
    def __init__(self, attempt):
        self.attempt = attempt
        super().__init__(f'transient failure on attempt {attempt}')

def validate_age(raw):
    if not isinstance(raw, str): raise TypeError(f'age must be str, not {type(raw).__name__}')
    try:
        age = int(raw)
    except ValueError:
        raise ValidationError('age', raw, 'not a number') from None
    if not 0 <= age <= 150: raise ValidationError('age', age, 'out of range')
    return age

for raw in ['42', 'abc', '-3', 7, '200', ' 18 ']:
    try: print('ok', validate_age(raw))
    except ValidationError as e:
        print('invalid:', e, '|', repr(e), '|', e.args, e.field)
    except TypeError as e:
        print('type:', e)

def flaky(state):
    state['calls'] += 1
    if state['calls'] < 3: raise TransientError(state['calls'])
    return 'success after %d' % state['calls']

def retry(fn, tries, *args):
    last = None
    for i in range(tries):
        try: return fn(*args)
        except TransientError as e:
            LOG.append(f'retry {i}: {e}')
            last = e
        finally:
            LOG.append(f'attempt {i} finished')
    raise AppError('gave up') from last

print(retry(flaky, 5, {'calls': 0}))
try:
    retry(flaky, 2, {'calls': 0})
except AppError as e:
    print('AppError:', e, '| cause:', repr(e.__cause__), e.__cause__.attempt)
print(LOG)

def level3(x): return {'a': 1}[x]
def level2(x):
    try:
        return level3(x)
    finally:
        LOG.append('level2 cleanup')
def level1(x):
    try: return level2(x)
    except KeyError as e:
        raise LookupError(f'could not find {x}') from e

LOG.clear()
for key in ['a', 'b']:
    try: print('found', level1(key))
    except LookupError as e:
        print(type(e).__name__, str(e), repr(e.__cause__), type(e.__context__).__name__)
print(LOG)

def check(n):
    assert n > 0, f'n must be positive, got {n}'
    assert n != 5
    return n * 2
for n in (3, -1, 5):
    try: print(check(n))
    except AssertionError as e:
        print('AssertionError:', repr(e), str(e) == '', e.args)

def nested():
    try:
        try: 1 / 0
        except ZeroDivisionError: raise ValueError('during handling')
    except ValueError as e:
        return repr(e), repr(e.__context__), e.__suppress_context__

print(nested())

def finally_returns():
    try: raise RuntimeError('lost')
    finally: return 'finally wins'
print(finally_returns())

def counter():
    out = []
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(counter())
try:
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t')]) if False else KeyError('k')
except (KeyError, IndexError) as e:
    print(repr(e), str(e), isinstance(e, LookupError))
e = ValidationError('x', 1, 'bad')
print(str(e), e.args, isinstance(e, AppError), isinstance(e, Exception), AppError.__mro__[1].__name__)
try:
    raise AppError
except AppError as err:
    print(repr(err), str(err) == '', err.args)
