# repr/str/ascii/format/chr/ord
vals = [0, -1, 2.5, 'x', "it's", 'a"b', 'é', '\n', b'q', None, True, [1, 'a'], (1,), (), {'a': 1}, set(), {1}, frozenset({2}), range(2), slice(1, None, 2), ..., 1e100]
for v in vals:
    print(repr(v), str(v), ascii(v))
print(ascii('日本'), ascii(['é', 'x']), ascii('\U0001f600'), ascii(b'\xff'))
print(format(5), format(5, '03'), format(3.5, '.3f'), format('s', '^5'), format(255, 'x'), format(None), format([1]))
print(chr(65), repr(chr(0)), chr(0x3b1), ord('\n'), ord('\x00'), ord('α'), [ord(c) for c in 'AZaz09'])
print(str(b'abc'), str(1.0), str(-0.0), repr('\x7f'), repr('\u00a0'), repr('\u2028'), repr(chr(0xe000)))
class R:
    def __repr__(self):
        return 'R()'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
class U:
    def __repr__(self):
        return 'Ü'
print(repr(R()), str(R()), ascii(R()), str(S()), repr(S()), ascii(U()), [S()], f'{S()} {S()!r}', '%s %r' % (S(), S()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(repr), str(str) == "<class 'str'>", repr(max))
