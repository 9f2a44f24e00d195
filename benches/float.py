# Float benchmark, modelled on pyperformance's "float": create points from
# sin/cos of their index, normalize each one (divide by its Euclidean norm),
# then fold them with a component-wise maximum.  Exercises float arithmetic,
# math-module calls, attribute access, method calls and allocation of many
# small objects.
#
# Points are processed in batches of 100,000 (pyperformance's POINTS), so
# memory stays bounded; the printed result is the maximum over all N points.
#
# Usage: float.py [N]   (N = total number of points)

import sys
from math import sin, cos, sqrt

BATCH = 100000


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%r, y=%r, z=%r>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def batch(start, stop):
    points = [None] * (stop - start)
    for i in range(start, stop):
        points[i - start] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


def benchmark(n):
    best = None
    for start in range(0, n, BATCH):
        p = batch(start, min(start + BATCH, n))
        if best is None:
            best = p
        else:
            best = best.maximize(p)
    return best


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000000
    print(repr(benchmark(n)))


main()
