# x ** 0.5 must be exactly libm's pow(x, 0.5), which is not always sqrt(x): the
# JIT answers with sqrt only where the two provably agree.

def roots(xs):
    out = []
    for x in xs:
        out.append(x ** 0.5)
    return out


def checksum(values):
    acc = 0
    for v in values:
        for ch in v.hex():
            acc = (acc * 131 + ord(ch)) % 1000000007
    return acc


# Inputs where pow(x, 0.5) and sqrt(x) round differently.
differ = [55.28926739280177, 39.99021509024951, 15.581108054477433,
          2.0761765484243865e-58, 1.86262539217791e-08, 1.374141474355749e-51,
          2.149237086315753e250, 53.93630859577093]
for x, r in zip(differ, roots(differ)):
    print(repr(x), repr(r))

special = [0.0, -0.0, 1.0, 4.0, 2.0, 0.25, 1e-320, 5e-324, 1e308, 1.7976931348623157e308,
           float("inf"), 2.0 ** -968, 2.0 ** 968, 2.0 ** -970, 2.0 ** 970]
for x, r in zip(special, roots(special)):
    print(repr(x), repr(r))
print(repr(roots([float("nan")])[0]))

# Negative bases give complex roots; -inf gives inf.
for x in [-4.0, -2.0, float("-inf")]:
    print(repr(roots([x])[0]))

# Many pseudo-random inputs, including squares of midpoints between doubles.
state = 12345
xs = []
for i in range(30000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    m = (state >> 11) / 2 ** 53
    e = (state % 200) - 100
    xs.append(m * 2.0 ** e)
for i in range(1, 3000):
    s = float(i) + 0.5 / 2 ** 40
    xs.append(s * s)
rs = roots(xs)
print(len(rs), checksum(rs))
ints = [n ** 0.5 for n in range(1, 2000)]
print(checksum(ints))
