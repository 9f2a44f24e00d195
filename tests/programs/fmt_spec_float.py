# float format specs
vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000012345, 1e20, 1e-10, 2.5, 100.0, float('inf'), float('nan'), -0.0]
specs = ['', 'f', '.2f', '10.3f', '<10.1f', '^12.2e', 'e', 'E', '.3e', 'g', 'G', '.3g', '.10g', '%', '.1%', '+.2f', ' .2f', ',.2f', '_.1f', '012.3f', '#.0f', '.0f', '#g', 'F', 'n', '.2', '10']
for v in vals:
    print(repr(v), ' '.join(repr(format(v, s)) for s in specs))
print('{:.2f} {:.0f} {:.0f} {:.0f} {:.1f} {:.1f}'.format(2.675, 0.5, 1.5, 2.5, 0.25, 0.35))
print('{:.15g} {:.17g} {:.20f}'.format(0.1, 0.1, 0.1))
print(format(1e16, ''), format(1e16, 'g'), format(123456789.0, 'g'), format(1234567.0, '.7g'), format(0.0001, 'g'), format(0.00001, 'g'))
print(format(12, '.2f'), format(12, 'e'), format(12, '%'), format(-3, 'g'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(type(e).__name__, e)
