# sys functions: recursion limit, getsizeof, intern, exc_info/exception, displayhook,
# excepthook, modules, path
import sys

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

old = sys.getrecursionlimit()
print(type(old).__name__, old >= 1000)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
t(lambda: sys.setrecursionlimit(0))
t(lambda: sys.setrecursionlimit(-5))
t(lambda: sys.setrecursionlimit('x'))
t(lambda: sys.setrecursionlimit(1.5))
t(lambda: sys.setrecursionlimit())
t(lambda: sys.getrecursionlimit(1))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

sys.setrecursionlimit(100)
t(lambda: depth(500))
print(depth(50))
sys.setrecursionlimit(old)
print(depth(500))

for v in (0, 1, -1, 2 ** 30, 2 ** 60, 2 ** 100, True, False, None, 1.5, '', 'a', 'abc', 'é',
          'éa', '€', '😀', b'', b'ab', (), (1, 2), [], list(range(10)), {}, {1: 2},
          {i: i for i in range(10)}, set(), frozenset(), 1j, bytearray(), range(3)):
    print(repr(v), sys.getsizeof(v))
print(sys.getsizeof(5, 100), sys.getsizeof(object()))
t(lambda: sys.getsizeof())
a = sys.intern('hello world')
b = sys.intern(''.join(['hello', ' ', 'world']))
print(a is b, a == b, sys.intern('x'))
t(lambda: sys.intern(1))
t(lambda: sys.intern())
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et, et.__name__, ev, tb is not None, sys.exception() is ev)
    try:
        raise KeyError('k')
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
print(callable(sys.displayhook), sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.displayhook(None))
print(sys.displayhook([1, 'two']))
import builtins
print(builtins._)
sys.displayhook(42)
print(builtins._)
sys.stdout.flush()
try:
    raise ValueError('shown by excepthook')
except ValueError:
    sys.excepthook(*sys.exc_info())
t(lambda: sys.excepthook(1))
print('sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules,
      sys.modules['__main__'].__name__, type(sys.modules).__name__)
import math
print(sys.modules['math'] is math, 'math' in sys.modules)
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit('/', 1)[0], all(isinstance(p, str) for p in sys.path))
sys.path.append('/nonexistent')
print(sys.path[-1])
print(sys.getrefcount(object()) >= 1, type(sys.get_int_max_str_digits()).__name__)
