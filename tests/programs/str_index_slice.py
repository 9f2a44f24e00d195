# indexing, negative indices, slicing with steps, iteration
s = 'Hello, World!'
print(s[0], s[4], s[-1], s[-13], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[-6:-1], s[:], s[100:], s[5:2], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[10:2:-1], s[10:2:-3], s[-1:-6:-1], s[:-100:-1])
print(s[2:11:3], s[None:None:None], s[slice(1, 8, 2)], s[slice(None, None, -3)])
for i in range(-3, 3):
    print(i, repr(s[i]))
try:
    s[13]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-14]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'h'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
for ch in 'abc':
    print(ch, ord(ch))
print(list('xyz'), tuple('hi'), [c * 2 for c in 'ab'])
u = 'héllo wörld ✓ 日本'
print(len(u), u[1], u[-1], u[::-1], u[6:11], u.upper())
print(''[0:5], repr(''[::-1]), 'a'[-1], 'abc'[True])
