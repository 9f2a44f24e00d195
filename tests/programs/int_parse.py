# int() from strings in various bases
print(int('42'), int('-42'), int('+7'), int('  12  '), int('\t-3\n'))
print(int('1_000_000'), int('0'), int('-0'), int('000123'))
print(int('101', 2), int('777', 8), int('ff', 16), int('FF', 16), int('zz', 36), int('Z', 36))
print(int('0x1f', 16), int('0b101', 2), int('0o17', 8))
print(int('0x1f', 0), int('0b101', 0), int('0o17', 0), int('99', 0), int('0', 0))
print(int('1_0', 0), int('0x_ff', 0), int('-0xff', 0))
print(int('123456789012345678901234567890'))
print(int('f' * 40, 16))
print(int('1' * 100, 2))
print(int(' -0b1_1 ', 0))
for s, base in [('abc', 10), ('12a', 10), ('', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('012', 0), ('2', 2), ('8', 8), ('g', 16), ('0x', 16), ('1.5', 10), (' ', 10), ('- 1', 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(True), int(False), int(7))
print(int('٣'), int('１２'))
