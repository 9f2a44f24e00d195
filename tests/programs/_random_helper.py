"""Support module for mod_random_deprecated: calls randrange from a module other than
__main__, where CPython's default filters hide its DeprecationWarnings."""
import random


def draws(seed):
    random.seed(seed)
    out = [random.randrange(10.0), random.randrange(0, 100.0), random.randrange(0.0, 50, 5.0)]
    out.append(random.randrange(True, 10.0))
    return out


def rejected(*args):
    try:
        return random.randrange(*args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
