# The function attributes update_wrapper copies: reading, setting, deleting, and the checks
# CPython makes on the values; none of them lives in __dict__.
import functools

def f(a: int, b=2, *, c=3) -> str:
    "f's doc"
    return a

print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__annotations__, f.__dict__)
f.__name__ = 'renamed'
f.__qualname__ = 'Outer.renamed'
f.__doc__ = 'new doc'
f.__module__ = 'elsewhere'
f.__annotations__ = {'x': float}
f.custom = 1
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, f.__annotations__, f.__dict__)
print(repr(f).split(' at ')[0])
f.__dict__ = {'replaced': True}
print(f.__dict__, f.replaced, hasattr(f, 'custom'))
f.__annotations__ = None
print(f.__annotations__, f.__annotations__ is f.__annotations__)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
for name, value in [('__name__', 1), ('__qualname__', None), ('__annotations__', 1),
                    ('__dict__', 1), ('__defaults__', 5)]:
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(name, type(e).__name__, e)
for name in ['__doc__', '__module__', '__annotations__', '__dict__', '__name__', '__wrapped__']:
    try:
        delattr(f, name)
        print('del', name, getattr(f, name, 'missing'))
    except (TypeError, AttributeError) as e:
        print('del', name, type(e).__name__, e)

def g():
    pass
functools.update_wrapper(g, f)
print(g.__name__, g.__qualname__, g.__doc__, g.__module__, g.__annotations__, sorted(g.__dict__))
def h():
    pass
h.__wrapped__ = 'old'
h.__dict__['k'] = 'v'
functools.update_wrapper(g, h)
print(g.__wrapped__ is h, g.k, g.__name__)
