# random.randrange's DeprecationWarnings go through warnings: shown for __main__ by default
# (with the caller's line), recorded and turned into errors by filters; through randint they
# belong to the random module (ignored by default).
import random
import warnings

random.seed(3)
print(random.randrange(10.0))
print(random.randrange(10.0))  # another line: shown again
for i in range(3):
    random.randrange(0, 20.0)  # one location: shown once
try:
    random.randrange(2.5)
except ValueError as e:
    print(type(e).__name__, e)
print(random.randint(1, 6.0))  # attributed to random.randint's module: not shown
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    random.randrange(5.0)
    random.randint(1, 6.0)
    try:
        random.randrange(0, 1.5)
    except ValueError as e:
        print(type(e).__name__, e)
for m in w:
    print(m.category.__name__, m.message)
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        random.randrange(7.0)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)
