# random: randrange, randint, choice and shuffle draw exactly CPython's numbers
# (_randbelow_with_getrandbits), over small, negative and big ranges, with CPython's errors.
import random


def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 ^ v) % (2**61 - 1)
    return h


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for seed in [1, 2023, -7, 2**70, "ints"]:
    random.seed(seed)
    print("seed", repr(seed))
    print([random.randrange(10) for _ in range(15)])
    print([random.randrange(1) for _ in range(3)], random.randrange(2**32), random.randrange(2**64))
    print([random.randrange(-5, 5) for _ in range(10)])
    print([random.randrange(0, 100, 7) for _ in range(8)], [random.randrange(100, 0, -3) for _ in range(8)])
    print([random.randrange(-10, -100, -9) for _ in range(5)], random.randrange(5, 6, 10))
    print(random.randrange(2**100), random.randrange(-2**80, 2**80), random.randrange(10**30, 10**31, 10**20))
    print(random.randrange(start=3, stop=30, step=4), random.randrange(7, step=1) if False else random.randrange(7))
    print([random.randint(1, 6) for _ in range(20)])
    print([random.randint(-3, -1) for _ in range(6)], random.randint(5, 5), random.randint(0, 2**65))
    print(random.randint(-2**63, 2**63 - 1), random.randint(a=1, b=100))
    print(digest(random.randrange(1000) for _ in range(1000)), digest(random.randint(-50, 50) + 50 for _ in range(1000)))
    print(digest(random.randrange(3, 10**12, 17) for _ in range(500)))
    print(sum(random.randrange(2**53 + 1) for _ in range(100)))

    seq = list("abcdefghij")
    print([random.choice(seq) for _ in range(12)], random.choice("xyz"), random.choice((1, 2, 3)))
    print(random.choice(range(10, 1000, 7)), random.choice(b"bytes"), random.choice([None]))
    print(digest(random.choice(range(10**6)) for _ in range(1000)))

    for n in [0, 1, 2, 3, 10, 52]:
        x = list(range(n))
        random.shuffle(x)
        print("shuffle", n, x)
    y = list("hello world")
    random.shuffle(y)
    print("".join(y))
    big = list(range(1000))
    random.shuffle(big)
    print(digest(big), big[:10])
    ba = bytearray(b"abcdefgh")
    random.shuffle(ba)
    print(ba)


class Deck(list):
    """A list subclass: shuffle goes through its item access."""
    def __setitem__(self, i, v):
        super().__setitem__(i, v)


random.seed(3)
d = Deck(range(10))
random.shuffle(d)
print(d)
random.seed(3)
d2 = list(range(10))
random.shuffle(d2)
print(d2 == list(d))

# The module functions and a Random instance seeded alike agree.
random.seed(11)
r = random.Random(11)
print([random.randrange(100) for _ in range(5)] == [r.randrange(100) for _ in range(5)])
print(random.randint(1, 10**20) == r.randint(1, 10**20))

# Errors, with random.py's messages.
show("empty", lambda: random.randrange(0))
show("negative", lambda: random.randrange(-5))
show("empty2", lambda: random.randrange(5, 5))
show("empty3", lambda: random.randrange(10, 2))
show("empty big", lambda: random.randrange(2**70, 2**69))
show("empty step", lambda: random.randrange(0, 10, -1))
show("zero step", lambda: random.randrange(0, 10, 0))
show("missing stop", lambda: random.randrange(10, step=2))
show("none stop", lambda: random.randrange(10, None, 2))
show("str", lambda: random.randrange("a"))
show("none", lambda: random.randrange(None))
show("list", lambda: random.randrange(1, [2]))
show("no args", lambda: random.randrange())
show("too many", lambda: random.randrange(1, 2, 3, 4))
show("kw", lambda: random.randrange(1, 2, stride=3))
show("randint empty", lambda: random.randint(5, 1))
show("randint str", lambda: random.randint(1, "5"))
show("randint one", lambda: random.randint(1))
show("randint float", lambda: random.randint(1.0, 3.0))
show("randint float 2", lambda: random.randint(1, 3.5))
show("choice empty", lambda: random.choice([]))
show("choice empty str", lambda: random.choice(""))
show("choice int", lambda: random.choice(5))
show("choice dict", lambda: random.choice({}))
show("choice none", lambda: random.choice())
show("shuffle tuple", lambda: random.shuffle((1, 2, 3)))
show("shuffle str", lambda: random.shuffle("abc"))
show("shuffle one", lambda: random.shuffle("a"))
show("shuffle int", lambda: random.shuffle(3))
show("shuffle random", lambda: random.shuffle([1, 2], random.random))


class Index:
    def __index__(self):
        return 20


random.seed(5)
print(random.randrange(Index()), random.randrange(Index(), 40), random.randint(True, 3))
