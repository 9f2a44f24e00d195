# Floor division and modulo of big integers of every sign, with quotients from zero to
# beyond a machine word, exact and inexact; divmod, // and % must agree with each other.
seed = 12345


def rand(bits):
    global seed
    out = 0
    for _ in range(bits // 30 + 1):
        seed = (seed * 1103515245 + 12345) % 2**31
        out = out << 30 | seed
    return out % (1 << bits) | 1


checksum = 0
for b_bits in (65, 100, 128, 200, 640):
    for q_bits in (0, 1, 20, 61, 62, 63, 64, 90):
        b = rand(b_bits) | 1 << (b_bits - 1)
        q = rand(q_bits) if q_bits else 0
        for extra in (0, 1, b - 1, rand(b_bits - 1)):
            a = b * q + extra
            for sa in (1, -1):
                for sb in (1, -1):
                    x, y = sa * a, sb * b
                    d, m = divmod(x, y)
                    assert d == x // y and m == x % y, (x, y)
                    assert d * y + m == x
                    assert m == 0 or (m > 0) == (y > 0)
                    checksum = (checksum * 31 + d + m) % 2**61
print(checksum)

# A few printed results, to see them exactly.
p = 2**200 + 12345
print(divmod(p * 987654321 + 5, p))
print(divmod(-(p * 987654321 + 5), p))
print(divmod(p * 987654321 + 5, -p))
print((3 * 10**50 + 7) // (10**50 + 1), (3 * 10**50 + 7) % (10**50 + 1))
print(-(2**130) // (2**70 + 3), -(2**130) % (2**70 + 3))
try:
    print((2**100) // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print((2**100) % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
