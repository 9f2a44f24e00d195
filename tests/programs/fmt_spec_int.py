# integer format specs
n = 1234567
for spec in ['d', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', '-d', ',', '_', '15,', '_b', '_x', 'b', 'o', 'x', 'X',
             '#b', '#o', '#x', '#X', '#010x', '=+12d', '*^15,', 'n', 'e', '.2f', '%', 'g', 'E']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, 'c'), format(0x263a, 'c'), format(0, 'd'), format(0, '#x'), format(-1, '#b'))
print(format(10 ** 25, ','), format(-(10 ** 25), '_'), format(2 ** 70, 'x'), format(2 ** 70, '#o'))
print(format(True, 'd'), format(True, ''), format(False, '5'), format(True, '>5'))
print('{:08.3f}'.format(5), '{:,d}'.format(1000), '{:+,}'.format(-1000000), '{:x<6}'.format(12), '{:0=+6}'.format(12))
for bad in ['s', ',c', '.2d']:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, 'c')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
