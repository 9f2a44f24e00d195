# shifts and bitwise ops on negative and big ints
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a >> 100)
for a in [12, -12, 2 ** 65 + 5]:
    for b in [10, -10, 2 ** 64 - 1, -(2 ** 66)]:
        print(a & b, a | b, a ^ b)
print(1 << 100, (1 << 100) >> 99)
print(-1 << 64, -1 >> 64, -(2 ** 100) >> 3)
print(5 & True, 5 | False, True ^ True, True & False, type(True & True).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 << 1)
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1010
x |= 0b0101
print(x, bin(x))
x &= 0b1100
print(x)
x ^= 0xff
print(x, hex(x))
x <<= 4
print(x)
x >>= 2
print(x)
print(bin(-5), oct(-64), hex(-255), bin(2 ** 70))
print(hex(2 ** 64), oct(8 ** 10))
