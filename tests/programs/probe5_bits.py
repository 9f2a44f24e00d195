# Integer and bit tricks.

def popcount(n):
    return bin(n).count("1")

for v in [0, 1, 7, 255, 1023, 2 ** 64 - 1, 12345678901234567890]:
    print(v, popcount(v), v.bit_count(), v.bit_length())

for a, b in [(-5, 3), (-1, 255), (12, -7), (-128, -1), (-(2 ** 70), 2 ** 65 + 3)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)

for v in [1, -1, -17, 2 ** 40, -(2 ** 40) - 3]:
    print(v, v << 3, v >> 2, v >> 100, v << 70 >> 70 == v)

print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-17, 5), divmod(17, -5), -(2 ** 64) // 3)

def to_twos(v, bits):
    return v & ((1 << bits) - 1)

def from_twos(u, bits):
    return u - (1 << bits) if u & (1 << (bits - 1)) else u

for v in [0, 1, -1, 127, -128, -37, 100]:
    u = to_twos(v, 8)
    print("%4d -> %08s 0x%02x -> %d" % (v, format(u, "08b"), u, from_twos(u, 8)))

def gray(n): return n ^ (n >> 1)

def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n

print([format(gray(i), "04b") for i in range(16)])
print(all(ungray(gray(i)) == i for i in range(1000)))

def reverse_bits(v, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (v & 1)
        v >>= 1
    return r

print([reverse_bits(i, 4) for i in range(16)])
print(hex(reverse_bits(0x12345678, 32)), hex(reverse_bits(1, 64)))

def lowest_set(v): return v & -v
def clear_lowest(v): return v & (v - 1)
def is_pow2(v): return v > 0 and v & (v - 1) == 0
print([lowest_set(v) for v in [12, 40, 7, 96, 2 ** 50 + 2 ** 20]])
print([clear_lowest(v) for v in [12, 40, 7, 96]], [v for v in range(70) if is_pow2(v)])

def subsets_of_mask(mask):
    sub = mask
    out = []
    while True:
        out.append(sub)
        if sub == 0:
            break
        sub = (sub - 1) & mask
    return out
print(subsets_of_mask(0b1011))

def next_same_popcount(v):
    c = v & -v
    r = v + c
    return (((r ^ v) >> 2) // c) | r
v = 0b0111
seq = []
for _ in range(8):
    seq.append(format(v, "06b"))
    v = next_same_popcount(v)
print(seq)

state = 12345
def lcg():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state
vals = [lcg() for _ in range(6)]
print(vals, [x >> 16 & 0xFF for x in vals])
h = 0xcbf29ce484222325
for ch in b"hello world":
    h ^= ch
    h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
print("fnv1a", hex(h))
print(int("ff", 16), int("-0b101", 0), int("0o17", 0), int("z", 36), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (1024).bit_length(), (-1024).bit_length())
print(abs(-(2 ** 100)) >> 98, pow(3, 200, 1000007), pow(-2, 63), (-2) ** 63 == -(1 << 63), 1 << 0)
