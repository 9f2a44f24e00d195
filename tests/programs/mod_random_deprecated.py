# random: randrange's deprecated float arguments, called from another module (where CPython
# shows no warning) and through randint: integral floats are accepted, others rejected.
import random
import _random_helper

print(_random_helper.draws(1), _random_helper.draws("x"))
print(_random_helper.rejected(2.5))
print(_random_helper.rejected(0, 7.5))
print(_random_helper.rejected(0, 10, 1.5))
print(_random_helper.rejected(float("nan")))
print(_random_helper.rejected(float("inf")))
random.seed(9)
print(random.randint(1.0, 6.0), random.randint(0, 2**40 * 1.0), random.randint(True, 2))
try:
    random.randint(1, 6.5)
except ValueError as e:
    print(type(e).__name__, e)
