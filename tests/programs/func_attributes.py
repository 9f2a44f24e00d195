# Function objects: __name__, __qualname__, __doc__, __module__, custom attributes
def documented(x):
    """Return x doubled."""
    return 2 * x
def undocumented():
    pass
print(documented.__name__, documented.__doc__, undocumented.__doc__)
print(documented.__qualname__, documented.__module__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__)
print(Outer.Nested.__qualname__, Outer.Nested.__name__)
documented.tag = "tagged"
documented.count = 0
documented.count += 3
print(documented.tag, documented.count, sorted(documented.__dict__))
print(callable(documented), callable(5), callable(Outer), callable(Outer()))
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
def f(): pass
g = f
g.__name__ = "renamed"
print(f.__name__, g is f)
print(type(documented).__name__, type(len).__name__, type(Outer().method).__name__)
def outer_fn():
    def local_fn():
        pass
    return local_fn
print(outer_fn().__qualname__)
print(undocumented() is None)
def returns_multiple():
    return 1, "two", [3]
r = returns_multiple()
print(r, type(r).__name__)
def early(n):
    for i in range(n):
        if i * i > 10:
            return i
    return -1
print(early(10), early(2))
def no_return_value():
    return
print(no_return_value())
