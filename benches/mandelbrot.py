# Mandelbrot set membership over an N x N grid covering [-1.5, 0.5] x [-1, 1],
# with plain float arithmetic (no complex numbers), 50 iterations maximum and
# escape radius 2 (as in the benchmarks game).  Instead of writing a PBM image
# it prints checksums: the number of points in the set, the total number of
# iterations, and a polynomial hash of the per-point iteration counts.
#
# Usage: mandelbrot.py [N]   (run time grows with N*N)

import sys

MAX_ITER = 50
LIMIT = 4.0
MOD = 1000000007


def mandelbrot(n):
    inside = 0
    total = 0
    h = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            tr = 0.0
            ti = 0.0
            i = 0
            while i < MAX_ITER and tr + ti <= LIMIT:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            if tr + ti <= LIMIT:
                inside += 1
            total += i
            h = (h * 31 + i) % MOD
    return inside, total, h


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    inside, total, h = mandelbrot(n)
    print("size %d" % n)
    print("in set %d" % inside)
    print("iterations %d" % total)
    print("hash %d" % h)


main()
