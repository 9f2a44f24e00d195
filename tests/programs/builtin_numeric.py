# divmod, round, pow, bin/oct/hex, int/float/bool constructors
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5), divmod(10 ** 20, 7))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1234, -2), round(0.5 + 1), round(7.5), round(8.5))
print(pow(2, 8), pow(2, -1), pow(2, 8, 5), pow(3, 2, -4), pow(2.0, 0.5), pow(10, -2), pow(-2, 3))
print(bin(0), bin(10), bin(-10), oct(0), oct(64), oct(-8), hex(0), hex(255), hex(-4096), hex(2 ** 100))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(int('12'), int(12.9), int(-12.9), int(True), int('  0x1F  ', 16), int(b'42'), int('0'))
print(float('1.5'), float(3), float(' -inf '), float(True), float('-0'))
print(bool(0), bool(1), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool({}), bool(()), bool(range(0)))
print(str(1), str(1.0), str('s'), str(None), str(True), str([1, 'a']), str(), repr(str()))
print(list('ab'), tuple([1, 2]), dict(a=1), set([1, 1]), list(), tuple(), dict(), set(), frozenset([1]))
print(pow(7, 2, 10), pow(2, 100, 10 ** 9), pow(0, 0), pow(0.0, 0))
print(int.__name__, float.__name__, type(int('5')).__name__)
print(max(int('7'), float('6.5')), int(float('1e3')), float(int('10') ** 20))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
    def __bool__(self):
        return False
n = Num()
print(int(n), float(n), bool(n), bin(n), hex(n), [10, 20, 30, 40][n], 'abcdef'[n:])
