# The Computer Language Benchmarks Game: spectral-norm.
# Computes the spectral norm of the infinite matrix A with
# a(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), using the power method
# on the N x N truncation (10 iterations of u <- At*A*u).
#
# Usage: spectral_norm.py [N]

import sys
import math


def eval_A(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def eval_A_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(i, j) * u[j]
        result.append(s)
    return result


def eval_At_times_u(u):
    n = len(u)
    result = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_A(j, i) * u[j]
        result.append(s)
    return result


def eval_AtA_times_u(u):
    return eval_At_times_u(eval_A_times_u(u))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 550
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = eval_AtA_times_u(u)
        u = eval_AtA_times_u(v)
    vBv = 0.0
    vv = 0.0
    for i in range(n):
        vBv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vBv / vv))


main()
