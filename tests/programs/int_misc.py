# bit_length, bool arithmetic, hash of ints, repr of huge ints, int methods
for v in [0, 1, -1, 7, 8, -8, 255, 256, 2 ** 64, -(2 ** 64), 2 ** 100 - 1]:
    print(v, v.bit_length())
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5))
print(hash(10 ** 30), hash(-(10 ** 30)), hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(repr(10 ** 60), str(-(10 ** 45)))
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xff', 'big', signed=True))
print((10).conjugate(), (10).real, (10).imag, (10).numerator, (10).denominator)
print((6).as_integer_ratio(), (-3).bit_count(), (255).bit_count())
print(True + True + True, True * 3.5, -True, +False, ~True, abs(-True))
print(sum([True, False, True, True]), type(True + 1).__name__)
print(str(True), repr(False), int(True), bool(0), bool(-3), bool(10 ** 100))
print(isinstance(True, int), type(True).__name__, True.__class__.__name__)
print(int.__name__, (5).__class__ is int)
print(1_000_000, 0x_FF, 0o_17, 0b_1010, 1_0.5)
print(abs(-(2 ** 100)), -0, +5)
n = 1
for i in range(1, 26):
    n *= 2 ** i + i
print(n)
print(str(n)[::-1][:10])
