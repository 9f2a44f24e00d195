# print with sep/end/file/flush
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ', end='!\n')
print('no newline', end='')
print(' continued')
print()
print('x', sep='--')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, 'str', sep='|')
print(*range(5))
print(*'abc', sep='-')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('multi', 'args', 'err', sep='+', end='#\n', file=sys.stderr)
print(sep='x', end='[end]\n')
print('a', None, sep=None, end=None)
print('done', file=sys.stdout)
try:
    print('x', sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __str__(self):
        return 'C-str'
    def __repr__(self):
        return 'C-repr'
print(C(), [C()], (C(),), {'k': C()})
print('\ttab', 'new\nline', 'uni é ✓')
