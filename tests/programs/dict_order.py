# ordering: deletes, re-insertion, iteration mutation errors
d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = i * i
print(d, list(d.keys()))
del d[3]
d[3] = 'again'
print(d)
d[5] = 'updated'
print(d)
for k in [9, 1]:
    del d[k]
d[1] = 'x'
d[0] = 'y'
print(d)
big = {i: str(i) for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
big[4] = 'four'
big[-1] = 'neg'
print(big)
print(list(big)[:3], list(big)[-3:])
try:
    for k in d:
        d['added'] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
keys = list(d)
for k in keys:
    if k != 1:
        del d[k]
print(d)
x = {'a': 1, 'b': 2, 'c': 3}
v = x.pop('a')
x['a'] = v
print(x, list(x.items())[0])
print(x.popitem(), x.popitem(), x)
