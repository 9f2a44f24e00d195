# Decorators: plain, with arguments, stacking, counting, memoizing, class decorators.

def wraps_by_hand(orig):
    def deco(wrapper):
        wrapper.__name__ = orig.__name__
        wrapper.__doc__ = orig.__doc__
        wrapper.__qualname__ = orig.__qualname__
        wrapper.__wrapped__ = orig
        return wrapper
    return deco


def counted(fn):
    @wraps_by_hand(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def memoize(fn):
    cache = {}
    @wraps_by_hand(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


def tag(name, times=1):
    def deco(fn):
        @wraps_by_hand(fn)
        def wrapper(*a):
            out = fn(*a)
            for _ in range(times):
                out = "<%s>%s</%s>" % (name, out, name)
            return out
        return wrapper
    return deco


@counted
@memoize
def fib(n):
    """Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.calls, len(fib.__wrapped__.cache))
print(fib.__name__, fib.__doc__, fib.__qualname__)


@tag("b")
@tag("i", times=2)
def greet(who):
    return "hi " + who

print(greet("bob"), greet.__name__)

registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls

@register
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @counted
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @classmethod
    @counted
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    @counted
    def dist(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)

p = Point(3, 4)
print(p, p.norm2(), p.norm2(), Point.norm2.calls)
print(Point.origin(), Point.dist(p, Point.origin()))
print(Point.__dict__['origin'].__func__.calls, Point.dist.calls)
print(registry, Point.registered, Point.norm2.__qualname__)

def deco_with_optional(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_optional(f, prefix=prefix)
    def w(*a):
        return prefix + str(fn(*a))
    return w

@deco_with_optional
def a1(x): return x * 2

@deco_with_optional(prefix="#")
def a2(x): return x * 3

print(a1(5), a2(5), a1.__name__)
