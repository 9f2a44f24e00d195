# uncaught ValueError from int()
values = ['10', '0x1f', '  7 ']
total = 0
for v in values:
    n = int(v, 0) if v.startswith('0x') else int(v)
    total += n
    print(v.strip(), n, total)
print('parsing abc next')
int('abc')
print('not reached')
