# String-heavy: CSV parsing, templates, translate, bytes and hex dumps.

def parse_csv(text, sep=','):
    rows, row, field = [], [], []
    i, n, inq = 0, len(text), False
    while i < n:
        c = text[i]
        if inq:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"'); i += 1
                else:
                    inq = False
            else:
                field.append(c)
        elif c == '"':
            inq = True
        elif c == sep:
            row.append(''.join(field)); field = []
        elif c == '\n':
            row.append(''.join(field)); rows.append(row); row, field = [], []
        else:
            field.append(c)
        i += 1
    if inq:
        raise ValueError(f'unterminated quote at position {n}')
    if field or row:
        row.append(''.join(field)); rows.append(row)
    return rows

csv = 'name,qty,note\n"Smith, J",3,"said ""hi"""\nplain,,\n"multi\nline",7,ok'
for r in parse_csv(csv):
    print(len(r), r)
try:
    parse_csv('a,"b\n')
except ValueError as e:
    print('ValueError:', e)

class Missing(dict):
    def __missing__(self, key):
        return '{' + key + '?}'

tmpl = 'Dear {name}, you owe ${amount:.2f} (due {due}).'
print(tmpl.format_map(Missing(name='Ann', amount=12.5)))
print('Hello NAME, welcome to PLACE!'.replace('NAME', 'Bob').replace('PLACE', 'Oz', 1))
print('{0}{1}{0}'.format('ab', 'cd'), '{:>{w}}|'.format('x', w=5), '%s=%05.1f %%' % ('pi', 3.14159))

rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')
print('hello, world'.translate(rot13), 'a-b_c d'.translate({ord('-'): ' ', ord('_'): None}))
print('Mississippi'.translate(str.maketrans('is', 'IS', 'p')))
s = '  The Quick  Brown fox  '
print(s.split(), s.split(' ')[:4], s.strip().title(), s.casefold().count('o'))
print(s.center(30, '*'), '|'.join(['a', 'b']).zfill(6), 'abc'.rjust(2), 'x'.ljust(3, '.'))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 1), 'k=v=w'.partition('='), 'k=v=w'.rpartition('='))
print('line1\nline2\r\nline3'.splitlines(), 'line1\nline2\n'.splitlines(True))
print('abc'.startswith(('x', 'a')), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'))
print('ß'.upper(), 'ǅ'.lower(), 'İ'.lower().encode('utf-8'), 'straße'.casefold(), len('straße'.encode()))
print('tab\tsep'.expandtabs(4), repr('é\x00\u200b\U0001f600'), ascii('é😀'))

data = 'Héllo, wörld! 😀'.encode('utf-8')
print(data, len(data), data.decode('utf-8'))
print(data.decode('ascii', errors='replace'), data.decode('latin-1')[:8])
try:
    data.decode('ascii')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
ba = bytearray(b'hello world')
ba[0] = ord('H'); ba[6:11] = b'WORLD!'; ba.extend(b'\x00\xff'); ba.insert(0, 62)
print(ba, ba.hex(), bytes(ba[1:6]).upper(), ba.count(b'l'), ba.find(b'WOR'))
print(bytes.fromhex('de ad be ef'), b'abc' * 2, b'a' < b'b', list(b'AZ'), b'%d-%s' % (5, b'x'))

def hexdump(b, width=8):
    for off in range(0, len(b), width):
        chunk = b[off:off + width]
        hx = ' '.join(f'{x:02x}' for x in chunk)
        asc = ''.join(chr(x) if 32 <= x < 127 else '.' for x in chunk)
        print(f'{off:08x}  {hx:<{width * 3}} |{asc}|')

hexdump(bytes(ba) + bytes(range(0, 256, 37)))
words = 'the cat and the hat and the bat'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted({'pear', 'Apple', 'fig', 'apple'}), sorted({'pear', 'Apple', 'fig'}, key=str.lower))
print(' '.join(w[::-1] for w in 'reverse each word'.split()), 'abc'[::-1], 'x' in 'xyz')
