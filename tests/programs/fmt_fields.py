# str.format field names and conversions
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'P(%r, %r)' % (self.x, self.y)
    def __str__(self):
        return '<%s,%s>' % (self.x, self.y)
p = P(1, 'two')
print('{} {} {}'.format('a', 'b', 'c'))
print('{0} {1} {0}'.format('x', 'y'))
print('{name} is {age}'.format(name='Ann', age=5))
print('{0[1]} {0[0]} {1[k]} {1[k][0]}'.format(['a', 'b'], {'k': 'val'}))
print('{0.x} {0.y} {p.x}'.format(p, p=p))
print('{!r} {!s} {!a} {!r:>12}'.format('é', p, 'é', 'x'))
print('{0!r} {0!s} {0}'.format(p))
print('{{}} {{{0}}} {{x}}'.format(7))
print('{:>5}|{:<5}|{:^5}|'.format(1, 2, 3))
print('{0[0][1]} {0[1]}'.format([[1, 2], 3]))
d = {'a': 1, 'b': 2}
print('{a}-{b}'.format(**d), '{0}{1}'.format(*'xy'))
print('{} {}'.format(None, True), '{}'.format([1, 'a']), '{}'.format((1,)), '{}'.format(1.0))
print(str.format('{}+{}', 1, 2), 'x{}x'.format(''))
for fmt, args in [('{} {}', (1,)), ('{0} {}', (1, 2)), ('{x}', ()), ('{0[5]}', ([1],)), ('{0.z}', (p,)), ('{', ()), ('}', ()), ('{!x}', (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(p), format(p, ''), '{:10}|'.format('s'), '{:10}|'.format(5))
