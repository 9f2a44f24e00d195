# pyjit views test: a loop compiled for ints that then meets floats.


def total(xs):
    t = 0
    for x in xs:
        t = t + x
    return t


data = [1] * 200 + [0.5] * 200
for k in range(30):
    total(data)
print(total(data))
