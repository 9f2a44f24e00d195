# Int arithmetic in hot loops that overflows 64 bits: compiled code leaves and the result is
# a big integer, exactly as CPython computes it.

def power_sum(n):
    x = 1
    total = 0
    for i in range(n):
        x = x * 3
        total = total + x
    return total


def fact(n):
    r = 1
    i = 1
    while i <= n:
        r *= i
        i += 1
    return r


def near_max(n):
    x = 9223372036854775807 - n
    for i in range(n + 5):
        x += 1
    return x


def negate(n):
    v = -9223372036854775807
    out = []
    for i in range(n):
        w = v - 1
        out.append(-w)
    return out[-1]


def subtract(n):
    x = -9223372036854775800
    for i in range(n):
        x = x - 3
    return x


def shifts(n):
    total = 0
    for i in range(n):
        total += (1 << (i % 70)) >> 3
        total ^= i << 20
    return total


print(power_sum(60))
print(fact(30))
print(near_max(2000))
print(negate(1200))
print(subtract(1500))
print(shifts(1500))
for k in range(3):
    print(power_sum(40 + k), fact(20 + k))
