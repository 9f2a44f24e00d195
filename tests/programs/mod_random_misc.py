# random: module surface (__all__, star import, constants), seeds of int/str/bytes
# subclasses, duck-typed populations, unbound method calls and subclasses overriding both
# random() and getrandbits().
from random import *
star_random = random
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(random.__all__)
print(star_random is random.random, randint is random.randint, Random is random.Random, SystemRandom is random.SystemRandom)
print(random.TWOPI, random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)
print(random.Random.__name__, random.Random.__module__, random.SystemRandom.__name__, issubclass(random.SystemRandom, random.Random))


class I(int):
    pass


class S(str):
    pass


class B(bytes):
    pass


for s in [I(5), S("abc"), B(b"abc"), 2**64 - 1, -2**64 + 1, I(-7)]:
    random.seed(s)
    print(repr(s), random.random())
random.seed(S("abc"), version=1)
print(random.random())

random.seed(12)
print(random.choice({0: 'a'}), random.choices({0: 'x', 1: 'y'}, k=3))


class Short(list):
    def __len__(self):
        return 3


x = Short([1, 2, 3, 4, 5])
random.shuffle(x)
print(list(x))

print(random.Random.random(random._inst), random.Random.seed(random._inst, 5), random.random())
show("unbound", lambda: random.Random.random())
show("wrong self", lambda: random.Random.random(5))
show("wrong self bits", lambda: random.Random.getrandbits(5, 3))
random.seed(3)
print(random.sample(range(30), k=True), random.sample("abc", k=False))
print(random.randrange(True, 10), random.randrange(10, step=1), random.randrange(10, None))
show("step True", lambda: random.randrange(10, step=True))
print(random.randrange(0, 10**20, 10**19), random.randrange(-10, 10, 3), random.randrange(10, -10, -3))


class Both(random.Random):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return 0


b = Both()
print(b.choice("abc"), b.randbytes(3), b.gauss(), b.normalvariate(), b.vonmisesvariate(0, 1))
print(b.gammavariate(2, 1), b.gammavariate(0.5, 1), b.betavariate(1, 2), b.lognormvariate(0, 1))
print(b.shuffle([1, 2, 3]), b.sample(range(100), 2) if False else b.randrange(5))


class Wide(random.Random):
    """random() only: _randbelow_without_getrandbits scales 53-bit floats."""

    def random(self):
        return 0.999


w = Wide()
print(w.randrange(10), w.randrange(2**52), w.choice(range(1000)))


class Entropy(random.SystemRandom):
    def __init__(self, a, b):
        super().__init__()
        self.ab = a + b


e = Entropy(1, 2)
print(e.ab, 0 <= e.randrange(5) < 5, isinstance(e, random.SystemRandom))


class Two(random.Random):
    def __init__(self, a, b):
        super().__init__(a * b)


print(Two(3, 4).random() == random.Random(12).random())
