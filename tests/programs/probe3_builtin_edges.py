# Builtin edge cases and their error messages.

def attempt(label, fn):
    try:
        r = fn()
        print(f'{label}: ok {r!r}')
    except Exception as e:
        print(f'{label}: {type(e).__name__}: {e}')

attempt('int str', lambda: int('12a'))
attempt('int empty', lambda: int(''))
attempt('int float-str', lambda: int('3.5'))
attempt('int base', lambda: int('zz', 36))
attempt('int base bad', lambda: int('9', 8))
attempt('int spaces', lambda: int('  -42\n'))
attempt('int underscores', lambda: int('1_000'))
attempt('int None', lambda: int(None))
attempt('int list', lambda: int([1]))
attempt('float str', lambda: float('abc'))
attempt('float empty', lambda: float(''))
attempt('float inf', lambda: float('-Infinity'))
attempt('float nan->int', lambda: int(float('nan')))
attempt('float inf->int', lambda: int(float('inf')))
attempt('float None', lambda: float(None))
attempt('str+int', lambda: 'a' + 1)
attempt('int+str', lambda: 1 + 'a')
attempt('str*float', lambda: 'a' * 2.0)
attempt('sorted mixed', lambda: sorted([3, 'a', 1]))
attempt('sorted None', lambda: sorted([None, 1]))
attempt('max empty', lambda: max([]))
attempt('dict key', lambda: {'a': 1}['b'])
attempt('dict tuple key', lambda: {}[(1, 2)])
attempt('dict unhashable', lambda: {[1]: 2})
attempt('list index', lambda: [1, 2, 3].index(5))
attempt('list remove', lambda: [1, 2].remove(9))
attempt('list pop empty', lambda: [].pop())
attempt('list pop range', lambda: [1].pop(5))
attempt('list idx', lambda: [1, 2][10])
attempt('tuple idx', lambda: (1,)[-2])
attempt('str idx', lambda: 'abc'[5])
attempt('str index', lambda: 'hello'.index('z'))
attempt('tuple index', lambda: (1, 2).index(3))
attempt('str assign', lambda: 'abc'.__setitem__(0, 'x'))
attempt('set remove', lambda: {1}.remove(2))
attempt('chr', lambda: chr(-1))
attempt('ord', lambda: ord('ab'))

def f(a, b, c=3):
    return (a, b, c)
def g(*, key):
    return key
class K:
    def m(self, x):
        return x

attempt('missing one', lambda: f(1))
attempt('missing two', lambda: f())
attempt('too many', lambda: f(1, 2, 3, 4))
attempt('unexpected kw', lambda: f(1, 2, d=4))
attempt('multiple values', lambda: f(1, 2, a=1))
attempt('kwonly missing', lambda: g())
attempt('kwonly positional', lambda: g(1))
attempt('method too many', lambda: K().m(1, 2))
attempt('method missing', lambda: K().m())
attempt('builtin args', lambda: len())
attempt('builtin args2', lambda: len([1], [2]))
five, nothing = 5, None
attempt('not callable', lambda: five())
attempt('none call', lambda: nothing())

def unpack(seq, n):
    if n == 2:
        a, b = seq
        return a, b
    a, b, c = seq
    return a, b, c
attempt('unpack too many', lambda: unpack([1, 2, 3], 2))
attempt('unpack too few', lambda: unpack([1], 3))
attempt('unpack int', lambda: unpack(5, 2))
attempt('unpack str', lambda: unpack('ab', 2))
attempt('star unpack', lambda: (lambda s: [(a, *b) for a, *b in [s]])([1]))

def star_few():
    a, *b, c = [1]
attempt('star too few', star_few)
attempt('attr None', lambda: None.foo)
attempt('attr int', lambda: (5).append)
attempt('attr module', lambda: __import__('math').tau2)
attempt('attr class', lambda: K.nope)
attempt('attr inst', lambda: K().nope)
attempt('int div 0', lambda: 1 // 0)
attempt('int truediv 0', lambda: 1 / 0)
attempt('float div 0', lambda: 1.0 / 0)
attempt('float floordiv 0', lambda: 1.5 // 0.0)
attempt('mod 0', lambda: 5 % 0)
attempt('float mod 0', lambda: 5.0 % 0.0)
attempt('divmod 0', lambda: divmod(5, 0))
attempt('divmod float 0', lambda: divmod(5.0, 0.0))
attempt('pow 0 neg', lambda: 0 ** -1)
attempt('pow float 0 neg', lambda: 0.0 ** -1)
attempt('neg shift', lambda: 1 << -1)
attempt('math sqrt', lambda: __import__('math').sqrt(-1))
attempt('round nan', lambda: round(float('nan')))
attempt('str format', lambda: '{} {}'.format(1))
attempt('str format key', lambda: '{x}'.format(y=1))
attempt('percent', lambda: '%d' % 'a')
attempt('next empty', lambda: next(iter([])))
attempt('range step 0', lambda: range(1, 5, 0))
attempt('hash list', lambda: hash([]))
attempt('iter int', lambda: iter(5))
attempt('bool ok', lambda: (int('0x1f', 16), int('0b101', 0), float(' 1e3 '), str(-0.0)))
