# Sequence unpacking, modelled on pyperformance's "unpack_sequence": a loop
# whose body is a run of straight-line `a, b, c, ... = seq` statements, over
# a tuple and over a list of ten ints, plus the other unpacking forms
# (swaps through a tuple display, starred targets, nested targets,
# unpacking in a for statement).  The values feed a checksum so no
# statement is dead.
#
# Usage: unpack_sequence.py [N]   (N = loop iterations per sequence kind)

import sys


def unpack_ten(loops, seq):
    total = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        a, b, c, d, e, f, g, h, i, j = seq
        total += a + b + c + d + e + f + g + h + i + j
    return total


def unpack_forms(loops, seq):
    total = 0
    x, y, z = 1, 2, 3
    pairs = [(k, k * k) for k in range(8)]
    for n in range(loops):
        x, y = y, x
        x, y, z = z, x, y
        first, *rest = seq
        *init, last = seq
        head, *middle, tail = seq
        (p, q), (r, s) = (first, last), (head, tail)
        for k, sq in pairs:
            total += k - sq
        total += x - y + z + first + last + len(rest) + len(init) + len(middle)
        total += p * q - r * s
        total ^= n
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    as_tuple = tuple(range(1, 11))
    as_list = list(range(11, 21))
    print("tuple: %d" % unpack_ten(n, as_tuple))
    print("list: %d" % unpack_ten(n, as_list))
    print("forms: %d" % unpack_forms(n, as_list))


main()
