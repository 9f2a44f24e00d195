# random: seeding (every seed type), random(), getrandbits(), randbytes() against CPython's
# Mersenne Twister, with long runs folded into digests.
import random


def digest(values):
    h = 0
    for v in values:
        if isinstance(v, float):
            v = int(v * 2**53)
        h = (h * 1000003 ^ v) % (2**61 - 1)
    return h


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


seeds = [0, 1, 2, 42, -1, -42, 2**31 - 1, 2**32, 2**32 + 1, 2**63, -2**64, 2**100 + 12345,
         10**50, -(10**60), 2**19937, True, False,
         "", "a", "hello", "héllo wörld", "日本語", "x" * 200,
         b"", b"hello", b"\x00\xff" * 50, bytearray(b"hello"), bytearray(),
         0.0, 1.5, -2.25, 3.14159, 1e300, 2.0, float(2**60)]
for s in seeds:
    random.seed(s)
    first = [random.random() for _ in range(3)]
    rest = [random.random() for _ in range(1000)]
    if isinstance(s, int) and s.bit_length() > 200:
        label = "int of %d bits" % s.bit_length()
    elif isinstance(s, (str, bytes, bytearray)) and len(s) > 40:
        label = "%s of length %d" % (type(s).__name__, len(s))
    else:
        label = repr(s)
    print(label, first, digest(rest), round(sum(rest), 6))

# The same seed twice gives the same numbers; a str seed equals its utf-8 bytes.
random.seed("spam")
a = [random.random() for _ in range(5)]
random.seed(b"spam")
b = [random.random() for _ in range(5)]
random.seed(bytearray(b"spam"))
c = [random.random() for _ in range(5)]
print(a == b == c)
random.seed(5)
x = random.random()
random.seed(5.0)
print(x == random.random())
random.seed(-5)
print(x == random.random())

# version=1 string seeds (Python 2's string hash), and version 1 ignored for ints.
for s in ["", "a", "abc", "hello world", b"abc", b"\xff\xfe", "ÿ"]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random(), random.getrandbits(40))
random.seed(99, version=1)
y = random.random()
random.seed(99)
print(y == random.random())
random.seed(a=3, version=2)
print(random.random())

# getrandbits: word order for k > 32, the top bits of the last word.
random.seed(12345)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 53, 63, 64, 65, 96, 100, 127, 128, 129, 1000]:
    print("bits", k, random.getrandbits(k))
random.seed(2024)
print(digest(random.getrandbits(k % 150) for k in range(2000)))
print(sum(random.getrandbits(1) for _ in range(1000)))

# randbytes
random.seed(7)
for n in [0, 1, 3, 4, 5, 8, 13, 32]:
    print("bytes", n, random.randbytes(n))
print(random.randbytes(n=2))

# Errors.
show("seed list", lambda: random.seed([1, 2]))
show("seed tuple", lambda: random.seed((1, 2)))
show("seed dict", lambda: random.seed({}))
show("seed extra", lambda: random.seed(1, 2, 3))
show("seed kw", lambda: random.seed(b=1))
show("seed v3 bytearray", lambda: random.seed(bytearray(b"x"), version=3))
show("bits neg", lambda: random.getrandbits(-1))
show("bits float", lambda: random.getrandbits(2.0))
show("bits str", lambda: random.getrandbits("3"))
show("bits none", lambda: random.getrandbits())
show("bits two", lambda: random.getrandbits(1, 2))
show("bits kw", lambda: random.getrandbits(k=3))
show("bits huge", lambda: random.getrandbits(2**40))
show("random arg", lambda: random.random(1))
show("random kw", lambda: random.random(x=1))
show("randbytes neg", lambda: random.randbytes(-1))
show("randbytes float", lambda: random.randbytes(1.5))
show("randbytes none", lambda: random.randbytes())
show("randbytes str", lambda: random.randbytes("ab"))

# None seeds from the OS: different runs differ, but the values are in range.
random.seed()
v = random.random()
print(0.0 <= v < 1.0)
random.seed(None)
print(0 <= random.getrandbits(10) < 1024)
