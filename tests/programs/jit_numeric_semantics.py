# Python's rules for /, //, %, **, <<, >>, comparisons and conversions, run hot so that
# compiled code computes them: signs of floor division and modulo, zero divisors,
# -2**63 // -1, int / int beyond 2**53, float ** edge cases, int vs float comparisons.

def floordiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def truediv(a, b):
    return a / b


def power(a, b):
    return a ** b


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def unary(a, b):
    return -a, +a, not a, -b


def shift(a, b):
    return a << b, a >> b


def arith(a, b):
    return a + b, a - b, a * b


OPS = [floordiv, mod, truediv, power, compare, unary, shift, arith]


def table(pairs):
    out = []
    for a, b in pairs:
        row = []
        for op in OPS:
            if op is power and abs(b) >= 64 or op is shift and not (0 <= b < 8):
                row.append(None)
                continue
            try:
                r = op(a, b)
            except (ZeroDivisionError, ValueError, OverflowError, TypeError) as e:
                r = type(e).__name__ + ": " + str(e)
            row.append(r)
        out.append(row)
    return out


ints = [7, -7, 3, -3, 0, 1, -1, 2**62, -2**63, 2**63 - 1, 2**53 + 1, -(2**53) - 1]
floats = [7.5, -7.5, 0.0, -0.0, 2.0, 1e300, float("inf"), float("-inf"), float("nan"), 2.0**53]
pairs = []
for a in ints:
    for b in [3, -3, 0, 1, -1, 2, 64]:
        pairs.append((a, b))
for a in floats:
    for b in [2.0, -2.0, 0.0, 0.5, 3, -1]:
        pairs.append((a, b))
for a in ints[:6]:
    for b in floats:
        pairs.append((a, b))
pairs.append((-2**63, -1))
pairs.append((2**53 + 1, 2**53))
pairs.append((9007199254740993, 9007199254740992.0))
pairs.append((2**62, 3))
pairs.append((0.0, -1.5))
pairs.append((-8.0, 1 / 3))

for _ in range(3):
    result = table(pairs)
for (a, b), row in zip(pairs, result):
    print(a, b, row)


def mixed_loop(n):
    acc = 0.0
    k = 0
    for i in range(n):
        acc += i / 7 - i // 3 + (i % 5) * 0.5
        if i > 2**53 - 2 or i * 1.0 == i:
            k += 1
    return acc, k


print(mixed_loop(3000))
