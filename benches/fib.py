# Naive doubly-recursive Fibonacci: measures the cost of Python function
# calls, integer comparison and small-integer addition.
#
# Usage: fib.py [N]   (run time grows ~1.618x per step of N)

import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 36
    print("fib(%d) = %d" % (n, fib(n)))


main()
