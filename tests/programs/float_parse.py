# float() from strings
for s in ['1.5', '  -2.25  ', '1e3', ' 1e3 ', '1E-3', '+.5', '-5.', '1_000.5', '1_0e1_0', 'inf', '-inf', '+inf',
          'Infinity', '-infinity', 'INF', 'nan', '-nan', 'NaN', '0', '-0', '007', '1e400', '-1e400', '1e-400',
          '0.1', '3.141592653589793238462643383279', '\t\n42\n', '123456789012345678901234567890']:
    print(repr(s), float(s))
for s in ['', ' ', 'abc', '1.5.5', '1e', 'e5', '1_', '_1', '1__0', 'inff', '0x10', '1,5', '- 1']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.5])
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(3), float(-0), float(True), float(2 ** 60))
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x10'))
