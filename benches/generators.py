# Generators benchmark, modelled on pyperformance's "generators": walk a
# balanced binary tree in order with recursive generators (`yield from` at
# every level, so each value travels up through the whole generator stack),
# then push the values through a pipeline of small generator functions and
# generator expressions, and feed them to a coroutine driven with send().
# Exercises generator creation, resumption, `yield from` delegation,
# StopIteration handling in for loops and send().
#
# Usage: generators.py [N]   (N = number of rounds over the tree)

import sys

DEPTH = 15  # 2**15 - 1 = 32767 nodes


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def build(lo, hi):
    """A balanced tree holding lo..hi-1 in order."""
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


def scaled(values, factor):
    for v in values:
        yield v * factor


def pairs(values):
    it = iter(values)
    for a in it:
        b = next(it, 0)
        yield a, b


def summer():
    """A coroutine: send it numbers, it yields the running total."""
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def one_round(tree, r):
    inorder = 0
    for i, v in enumerate(tree):
        inorder += i ^ v  # 0 when the traversal is in order
    piped = sum(a - b for a, b in pairs(scaled(evens(tree), r + 1)))
    acc = summer()
    next(acc)
    last = 0
    for v in tree:
        if v % 7 == 0:
            last = acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        final = stop.value
    return inorder + piped + last + final


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    tree = build(0, 2 ** DEPTH - 1)
    checksum = 0
    for r in range(n):
        checksum = (checksum * 31 + one_round(tree, r)) % 1000000007
    print("nodes: %d" % (2 ** DEPTH - 1))
    print("checksum: %d" % checksum)


main()
