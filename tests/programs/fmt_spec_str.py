# string format specs
s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '^9', '*^11', '-<8', '.3', '10.2', '>10.4s', '0>8', '=^3']:
    print(repr(spec), repr(format(s, spec)))
print('{:😀^9}'.format('x'), '{:é>4}'.format('a'))
print('[{:^7}]'.format('ab'), '[{:^6}]'.format('abc'), '[{:^6}]'.format('ab'))
for bad in ['d', '=10', '+', ',', '#']:
    try:
        print(format(s, bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(format(None, ''), format([1, 2], ''), '{:>6}'.format(str([1])))
try:
    format(None, '>5')
except TypeError as e:
    print(type(e).__name__, e)
