# pidigits, after the Benchmarks Game / pyperformance benchmark: the first N
# decimal digits of pi from Gibbons' unbounded spigot algorithm (a linear
# fractional transformation kept as four big integers, composed with one
# term of the series per step, a digit emitted whenever the floor of the
# transformation at 3 and at 4 agree).  Nearly all the time is spent in
# big-integer multiplication, addition and floor division of numbers that
# grow to thousands of digits.
#
# Prints the digits ten to a line followed by a tab and the running count,
# like the Benchmarks Game output.
#
# Usage: pidigits.py [N]   (N = number of digits)

import sys


def pi_digits(count):
    """Yield the first `count` decimal digits of pi."""
    # The transformation (q r / s t) maps x to (q*x + r) / (s*x + t); s stays 0.
    q, r, t = 1, 0, 1
    k = 0
    emitted = 0
    while emitted < count:
        k += 1
        # Compose with the k-th term (k, 4k + 2; 0, 2k + 1).
        k2 = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * k2, t * k2
        if q > r:
            continue
        digit = (3 * q + r) // t
        if digit != (4 * q + r) // t:
            continue
        yield digit
        emitted += 1
        # Take the digit out: multiply by 10 after subtracting it.
        q, r = 10 * q, 10 * (r - digit * t)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    line = []
    written = 0
    for digit in pi_digits(n):
        line.append(str(digit))
        written += 1
        if len(line) == 10:
            print("%s\t:%d" % ("".join(line), written))
            line = []
    if line:
        print("%-10s\t:%d" % ("".join(line), written))


main()
