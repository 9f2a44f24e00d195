# The Computer Language Benchmarks Game: fannkuch-redux.
# For every permutation of 0..N-1 (generated in the benchmark's fixed order),
# count the prefix reversals ("pancake flips") needed until the first element
# is 0.  Prints the alternating-sign checksum and the maximum number of flips,
# exactly like the benchmarks game.
#
# Usage: fannkuch.py [N]   (run time grows roughly N-fold per step of N)

import sys


def fannkuch(n):
    max_flips = 0
    checksum = 0
    sign = True
    perm1 = list(range(n))
    count = perm1[:]
    rotations = range(2, n - 1)
    last = n - 1
    while True:
        k = perm1[0]
        if k:
            perm = perm1[:]
            flips = 1
            kk = perm[k]
            while kk:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = kk
                kk = perm[kk]
            if max_flips < flips:
                max_flips = flips
            if sign:
                checksum += flips
            else:
                checksum -= flips

        # Generate the next permutation incrementally.
        if sign:
            perm1[0], perm1[1] = perm1[1], perm1[0]
            sign = False
        else:
            perm1[1], perm1[2] = perm1[2], perm1[1]
            sign = True
            for r in rotations:
                if count[r]:
                    break
                count[r] = r
                perm0 = perm1[0]
                perm1[:r + 1] = perm1[1:r + 2]
                perm1[r + 1] = perm0
            else:
                r = last
                if not count[r]:
                    return checksum, max_flips
            count[r] -= 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    if n < 3:
        raise SystemExit("fannkuch: N must be at least 3")
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, max_flips))


main()
