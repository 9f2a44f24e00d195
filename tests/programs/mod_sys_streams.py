# sys.stdout/stderr/stdin: write, writelines, flush, print(file=...), attributes, stdin at EOF
import sys

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

n = sys.stdout.write('written directly\n')
print(n, sys.stdout.write(''), sys.stdout.write('é€\n'))
print(sys.stdout.writelines(['a', 'b', '\n']))
sys.stdout.writelines(line + '\n' for line in ('x', 'y'))
print('to stderr', file=sys.stderr)
print('to', 'stderr', sep='-', end='!\n', file=sys.stderr)
sys.stderr.write('raw stderr\n')
sys.stderr.writelines(['l1 ', 'l2\n'])
sys.stderr.flush()
print(sys.stdout.flush(), sys.stderr.flush())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stderr.errors)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.closed, sys.stdin.isatty(), sys.stdout.isatty())
t(lambda: sys.stdout.write(5))
t(lambda: sys.stdout.write(b'x'))
t(lambda: sys.stdin.write('x'))
t(lambda: sys.stdout.read())
# stdin is empty (the tests run with stdin from /dev/null).
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines(), list(sys.stdin))
for line in sys.stdin:
    print('never', line)
t(lambda: input('prompt> '))
# Redirecting sys.stdout redirects print.
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
saved = sys.stdout
sys.stdout = cap
print('captured', 1, 2)
print('second')
sys.stdout = saved
print(cap.parts)
sys.stdout = sys.__stdout__
print('restored')
