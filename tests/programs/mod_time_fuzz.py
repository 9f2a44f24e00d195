# time.strftime on generated times and formats (directives, flags, widths, modifiers, unknown
# conversions), and strptime parsing back generated strings; a fixed generator, no randomness
import time

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state * n // 2 ** 31


def pick(seq):
    return seq[rnd(len(seq))]


chars = list('aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyYzZ%') + ['E', 'O', 'Q', '+', '|']
flags = ['', '', '', '_', '-', '0', '^', '#']
count = 0
while count < 600:
    y = pick([rnd(15000) - 3000, 1900 + rnd(200), 0, 1, -1, 99, 100, 1000])
    tm = (y, rnd(13), rnd(32), rnd(24), rnd(60), rnd(62), rnd(14) - 1, rnd(367), rnd(4) - 1)
    fmt = ''
    for k in range(1 + rnd(4)):
        d = pick(chars)
        width = str(1 + rnd(12)) if rnd(10) < 3 else ''
        fmt += '%' + (pick(flags) + width if d == '%' or rnd(2) else '') + d
        if rnd(10) < 3:
            fmt += pick([' ', 'x', '-'])
    if 'z' in fmt and any(c.isdigit() for c in fmt):
        continue
    count += 1
    try:
        res = repr(time.strftime(fmt, tm))
    except Exception as e:
        res = type(e).__name__ + ' ' + str(e)
    print(tm, repr(fmt), res)

# strptime: formats of parseable directives over generated times.
directives = ['%Y', '%m', '%d', '%H', '%M', '%S', '%j', '%a', '%A', '%b', '%B', '%y', '%I %p',
              '%w', '%u', '%U', '%W', '%%', '%c', '%x', '%X', '%e']
for n in range(300):
    secs = rnd(2 ** 31) * 2 - 2 ** 31 + rnd(2 ** 20)
    g = time.gmtime(secs)
    parts = [pick(directives) for k in range(1 + rnd(5))]
    fmt = pick([' ', '-', '', ':']).join(parts)
    # A directive twice is a regular-expression error in CPython (see below).
    letters = ''.join({'%c': 'abdHMSY', '%x': 'mdy', '%X': 'HMS'}.get(p, p) for p in parts)
    letters = [c for c in letters if c.isalpha()]
    if len(letters) != len(set(letters)):
        continue
    text = time.strftime(fmt, g)
    try:
        res = tuple(time.strptime(text, fmt))
    except ValueError as e:
        res = 'ValueError ' + str(e)
    print(repr(fmt), repr(text), res)
try:
    time.strptime('Mon Mon', '%a %a')
except Exception as e:
    print(type(e).__name__, str(e).split(' as ')[0])
