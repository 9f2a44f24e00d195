# open(): write a text file, read it back in several ways
NAME = '_tmp_builtin_open.txt'
with open(NAME, 'w') as f:
    n = f.write('first line\n')
    print('wrote', n)
    f.write('second line\n')
    f.write('third: é ✓\n')
    print('no newline at end', file=f, end='')
    print(f.closed)
print(f.closed)
with open(NAME) as f:
    data = f.read()
print(repr(data), len(data))
with open(NAME, 'r') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.readline()), repr(f.read()))
with open(NAME) as f:
    lines = f.readlines()
print(lines)
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line), repr(line.rstrip('\n')))
with open(NAME, 'a') as f:
    f.write('\nappended')
f = open(NAME)
print(f.read().splitlines())
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(NAME, 'w') as f:
    f.writelines(['a\n', 'b\n', 'c'])
with open(NAME) as f:
    print([l for l in f])
with open(NAME, 'rb') as f:
    raw = f.read()
print(raw, type(raw).__name__)
with open(NAME, 'wb') as f:
    f.write(b'bin\x00\xff')
with open(NAME, 'rb') as f:
    print(f.read(), )
with open(NAME, 'w', encoding='utf-8') as f:
    f.write('x' * 5)
with open(NAME, encoding='utf-8') as f:
    print(f.read(2), f.read(2), f.read(), repr(f.read()))
try:
    open('_tmp_does_not_exist_dir/x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    with open(NAME) as f:
        f.write('x')
except Exception as e:
    print(type(e).__name__, e)
with open(NAME, 'w') as f:
    pass
with open(NAME) as f:
    print(repr(f.read()))
