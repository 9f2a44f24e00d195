# Chaos game, modelled on pyperformance's "chaos": a fractal drawn by
# repeatedly mapping a point onto a randomly chosen piece of one of three
# cubic B-splines (each spline is cut into segments, one affine-like map
# per segment: the point's x picks the position along the segment, its y
# the offset along the curve's normal).  Spline evaluation by de Boor's
# algorithm on a small vector class, float arithmetic, method calls and
# `random` with a fixed seed.
#
# Prints the number of pixels hit in a W x W grid and a checksum of the
# grid (no image file).
#
# Usage: chaos.py [N]   (N = number of iterations of the game)

import math
import random
import sys

WIDTH = 256
THICKNESS = 0.25
SEED = 1234


class GVector:
    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 +
                         (self.z - other.z) ** 2)

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, factor):
        return GVector(self.x * factor, self.y * factor, self.z * factor)

    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2,
                       self.y * l1 + other.y * l2,
                       self.z * l1 + other.z * l2)


class Spline:
    """A clamped uniform B-spline of the given degree."""

    def __init__(self, points, degree):
        if len(points) <= degree:
            raise ValueError("a degree-%d spline needs more than %d points"
                             % (degree, degree))
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = ([0] * (degree + 1) + list(range(1, inner)) +
                      [inner] * (degree + 1))

    def domain(self):
        return self.knots[self.degree], self.knots[len(self.points)]

    def span(self, u):
        """The k with knots[k] <= u < knots[k + 1] (the last span for the
        end of the domain)."""
        knots = self.knots
        for k in range(self.degree, len(self.points)):
            if knots[k] <= u < knots[k + 1]:
                return k
        if u == knots[len(self.points)]:
            return len(self.points) - 1
        raise ValueError("parameter %r outside the domain" % u)

    def __call__(self, u):
        """The point at parameter u, by de Boor's algorithm."""
        p = self.degree
        k = self.span(u)
        knots = self.knots
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                lo = knots[j + k - p]
                alpha = (u - lo) / (knots[j + 1 + k - r] - lo)
                d[j] = d[j].linear_combination(d[j - 1], alpha)
        return d[p]


class ChaosGame:
    def __init__(self, splines, thickness):
        self.splines = splines
        self.thickness = thickness
        xs = [p.x for s in splines for p in s.points]
        ys = [p.y for s in splines for p in s.points]
        self.minx = min(xs)
        self.miny = min(ys)
        self.width = max(xs) - self.minx
        self.height = max(ys) - self.miny
        # Cut each spline into segments of about the same length.
        seg_length = thickness * self.width / self.height
        self.num_trafos = []
        for spline in splines:
            start, end = spline.domain()
            length = 0.0
            curr = spline(start)
            for i in range(1, 500):
                last = curr
                curr = spline(start + (end - start) * i / 499)
                length += curr.dist(last)
            self.num_trafos.append(max(1, int(length / seg_length * 1.5)))
        self.num_total = sum(self.num_trafos)

    def random_trafo(self):
        r = random.randrange(self.num_total)
        for i, n in enumerate(self.num_trafos):
            if r < n:
                return i, r
            r -= n
        raise AssertionError("unreachable")

    def transform_point(self, point):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        which, segment = self.random_trafo()
        spline = self.splines[which]
        start, end = spline.domain()
        seg_length = (end - start) / self.num_trafos[which]
        t = start + seg_length * segment + seg_length * x
        base = spline(t)
        delta = 1 / 50000
        if t + delta > end:
            derivative = spline(t - delta) - base
        else:
            derivative = base - spline(t + delta)
        mag = derivative.mag()
        if mag != 0:
            base.x += derivative.y / mag * (y - 0.5) * self.thickness
            base.y += -derivative.x / mag * (y - 0.5) * self.thickness
        self.truncate(base)
        return base

    def truncate(self, point):
        point.x = min(max(point.x, self.minx), self.minx + self.width)
        point.y = min(max(point.y, self.miny), self.miny + self.height)

    def run(self, w, h, iterations):
        random.seed(SEED)
        image = [[0] * h for _ in range(w)]
        point = GVector(self.minx + self.width / 2, self.miny + self.height / 2)
        for _ in range(iterations):
            point = self.transform_point(point)
            x = int((point.x - self.minx) / self.width * w)
            y = int((point.y - self.miny) / self.height * h)
            if x == w:
                x -= 1
            if y == h:
                y -= 1
            image[x][h - y - 1] += 1
        return image


def make_splines():
    """Three curves: an arch, a wave under it and a small hook."""
    arch = Spline([GVector(0.5, 0.2), GVector(0.6, 0.9), GVector(1.2, 1.3),
                   GVector(1.9, 1.25), GVector(2.5, 0.85), GVector(2.6, 0.2)], 3)
    wave = Spline([GVector(0.7, 0.55), GVector(1.1, 0.2), GVector(1.5, 0.75),
                   GVector(1.9, 0.2), GVector(2.3, 0.6)], 3)
    hook = Spline([GVector(1.4, 1.0), GVector(1.55, 1.15), GVector(1.7, 1.0),
                   GVector(1.6, 0.9)], 3)
    return [arch, wave, hook]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    game = ChaosGame(make_splines(), THICKNESS)
    image = game.run(WIDTH, WIDTH, n)
    hit = 0
    checksum = 0
    for column in image:
        for count in column:
            if count:
                hit += 1
            checksum = (checksum * 31 + count) % 1000000007
    print("segments: %s" % game.num_trafos)
    print("pixels hit: %d of %d" % (hit, WIDTH * WIDTH))
    print("checksum: %d" % checksum)


main()
