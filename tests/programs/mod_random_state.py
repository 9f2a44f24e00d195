# random: getstate/setstate (CPython's (3, 625 ints, gauss_next) format), Random instances
# with their own state, subclasses overriding random/getrandbits/_randbelow/seed, and
# SystemRandom.
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(2718)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][:4], state[1][-1], state[2])
print(all(type(w) is int and 0 <= w < 2**32 for w in state[1]))
a = [random.random() for _ in range(700)]
random.setstate(state)
b = [random.random() for _ in range(700)]
print(a == b)
mid = random.getstate()
print(mid[1][-1], mid[1] != state[1])

# gauss_next is part of the state.
random.seed(1)
random.gauss()
s = random.getstate()
print(s[2])
g = random.gauss()
random.setstate(s)
print(random.gauss() == g)

# A fresh seed's state: index 624 ("regenerate next"), mt[0] == 0x80000000.
random.seed(0)
s0 = random.getstate()
print(s0[1][0], s0[1][-1], s0[1][1:3])

# Version 2 states store signed words; setstate turns them back into unsigned ones.
random.seed(31)
s3 = random.getstate()
signed = tuple(w - 2**32 if w >= 2**31 else w for w in s3[1][:-1]) + (s3[1][-1],)
x = random.random()
random.setstate((2, signed, None))
print(random.random() == x, random.getstate() == s3)

# Moving states between generators.
r1 = random.Random(123)
r2 = random.Random()
r2.setstate(r1.getstate())
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
print(r1.getstate() == r2.getstate())

# setstate errors.
good = list(random.getstate()[1])
show("version", lambda: random.setstate((4, tuple(good), None)))
show("version str", lambda: random.setstate(("3", tuple(good), None)))
show("short", lambda: random.setstate((3, tuple(good))))
show("long", lambda: random.setstate((3, tuple(good), None, 1)))
show("not tuple", lambda: random.setstate((3, good, None)))
show("size", lambda: random.setstate((3, tuple(good[:-1]), None)))
show("float word", lambda: random.setstate((3, (1.5,) + tuple(good[1:]), None)))
show("negative word", lambda: random.setstate((3, (-1,) + tuple(good[1:]), None)))
show("huge word", lambda: random.setstate((3, (2**64,) + tuple(good[1:]), None)))
show("index", lambda: random.setstate((3, tuple(good[:-1]) + (625,), None)))
show("neg index", lambda: random.setstate((3, tuple(good[:-1]) + (-1,), None)))
show("v2 str", lambda: random.setstate((2, ("a",) * 625, None)))
show("int", lambda: random.setstate(3))
show("empty", lambda: random.setstate(()))
show("none", lambda: random.setstate())
# Words beyond 32 bits are kept modulo 2**32.
random.setstate((3, (2**32 + 5,) + tuple(good[1:]), None))
print(random.getstate()[1][0])

# Instances are independent of each other and of the module's generator.
random.seed(10)
r = random.Random(10)
other = random.Random(10)
print(r.random() == random.random(), other.random())
print([r.randrange(100) for _ in range(3)], [random.randrange(100) for _ in range(3)])
r.seed(5)
print(random.random(), r.random())
print(type(r).__name__, type(r).__module__, isinstance(r, random.Random), random.Random.VERSION)
print(random.Random(x=4).random() == random.Random(4).random(), random.Random("s").random())
print(type(random._inst) is random.Random, random.random.__self__ is random._inst)
show("Random args", lambda: random.Random(1, 2))
show("Random kw", lambda: random.Random(y=2))
show("Random list", lambda: random.Random([1]))


class Fixed(random.Random):
    """Overrides random() only: the integer methods then use it (no getrandbits)."""

    def __init__(self, value):
        super().__init__(0)
        self.value = value

    def random(self):
        return self.value


f = Fixed(0.5)
print(f.uniform(0, 10), f.triangular(0, 4), f.expovariate(1), f.paretovariate(1), f.choice("abcd"))
print(f.randrange(10), f.randint(1, 6), f.choices("abc", k=3), f.sample(range(10), 3))
print(f.value, f.getrandbits(8) == random.Random(0).getrandbits(8))


class Counting(random.Random):
    """Overrides getrandbits: _randbelow goes through it."""

    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


c = Counting(42)
plain = random.Random(42)
print(c.randrange(1000) == plain.randrange(1000), c.calls)
print(c.sample(range(50), 5) == plain.sample(range(50), 5), c.calls)
print(c.randbytes(3) == plain.randbytes(3), c.calls)
x = list(range(8))
y = list(range(8))
c.shuffle(x)
plain.shuffle(y)
print(x == y, c.calls)


class Below(random.Random):
    def _randbelow(self, n):
        return n - 1


bl = Below(1)
print(bl.choice("abc"), bl.randrange(10), bl.sample("abcd", 2))
z = [1, 2, 3, 4]
bl.shuffle(z)
print(z)


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print("seeding with", a)
        super().seed(a)


sd = Seeded(77)
print(sd.random() == random.Random(77).random())
sd.seed(78)


class Attrs(random.Random):
    pass


at = Attrs(9)
at.label = "mine"
print(at.label, at.random() == random.Random(9).random(), isinstance(at, random.Random), type(at).__name__)
print(at.getstate()[1] == random.Random(9).getstate()[1] or "differs after a draw")

# SystemRandom: values from the OS, so only their ranges are printed.
sr = random.SystemRandom()
print(0.0 <= sr.random() < 1.0, 0 <= sr.getrandbits(70) < 2**70, len(sr.randbytes(5)))
print(0 <= sr.randrange(10) < 10, sr.choice("a"), sorted(sr.sample(range(5), 5)), sr.seed(3))
show("sys getstate", lambda: sr.getstate())
show("sys setstate", lambda: sr.setstate(None))
print(isinstance(sr, random.Random))
