# __format__ on user classes and the format() builtin
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        if spec == '':
            return 'Money(%d)' % self.cents
        return format(self.cents / 100, spec)
    def __str__(self):
        return 'str-money'
    def __repr__(self):
        return 'repr-money'
m = Money(12345)
print(format(m), format(m, 'short'), format(m, '.2f'), format(m, '>10.1f'))
print('{}'.format(m), '{:short}'.format(m), '{!s}'.format(m), '{!r}'.format(m), '{!r:>12}'.format(m))
print(f'{m}', f'{m:short}', f'{m!s}', f'{m!r}', f'{m:,.3f}')
class Plain:
    def __str__(self):
        return 'plain!'
pl = Plain()
print(format(pl), '{}'.format(pl), f'{pl}', f'{pl!s:>8}')
try:
    format(pl, '>10')
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
print(format(MyInt(255), 'x'), f'{MyInt(7):03}', '{:>4}'.format(MyInt(3)))
print(format(3, ''), format('x', ''), format(2.5), format(10, 'b'))
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
