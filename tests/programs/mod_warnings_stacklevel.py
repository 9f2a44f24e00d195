# warnings.warn's stacklevel: the reported file, line and module are the caller's, through
# functions, methods, properties, operators, comprehensions and another module.
import warnings
import _mod_warnings_helper as helper

warnings.simplefilter("always")


def level(n):
    warnings.warn("stacklevel %d" % n, stacklevel=n)


def outer(n):
    level(n)


outer(1)
outer(2)
outer(3)
outer(10)


class Thing:
    @property
    def prop(self):
        warnings.warn("property access", stacklevel=2)
        return 1

    def __add__(self, other):
        warnings.warn("operator", stacklevel=2)
        return self

    def method(self):
        warnings.warn("method", stacklevel=2)


t = Thing()
x = t.prop
y = t + 1
t.method()
print([level(2) for _ in range(2)])
print(sorted([3, 1, 2], key=lambda v: level(3) or v))
print(helper.old_api(5))
helper.noisy()
helper.internal_deprecation()
warnings.resetwarnings()
print(helper.old_api(6))  # DeprecationWarning attributed to __main__: shown by default
helper.internal_deprecation()  # resetwarnings left no filters: shown too


def gen():
    warnings.warn("in generator", stacklevel=2)
    yield 1


for v in gen():
    print("got", v)
for i in range(300):
    if i % 100 == 0:
        warnings.warn("hot loop %d" % i)
