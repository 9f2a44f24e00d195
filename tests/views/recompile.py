# pyjit views test: a function whose guards keep failing is recompiled generic.


def total(xs):
    t = 0
    for x in xs:
        t = t + x
    return t


ints = [1, 2, 3]
floats = [1.5, 2.5]
for k in range(100):
    total(ints)
for k in range(300):
    total(floats)
print(total(ints), total(floats))
