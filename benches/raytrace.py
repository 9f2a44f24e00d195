# A small recursive ray tracer, modelled on pyperformance's "raytrace":
# Vector/Point objects with operator methods, a ray-sphere and a ray-plane
# intersection, Phong-style diffuse and specular lighting with shadow rays,
# reflections up to a fixed depth and a checkerboard floor, rendered into an
# in-memory W x W canvas.  Lots of small-object allocation, method calls,
# isinstance checks and float arithmetic.
#
# Prints the number of lit pixels and a checksum of the 8-bit colour
# channels (no image file).
#
# Usage: raytrace.py [W]   (W = image width and height in pixels)

import math
import sys

EPSILON = 0.00001
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def negated(self):
        return self.scale(-1)

    def __add__(self, other):
        if isinstance(other, Point):
            return Point(self.x + other.x, self.y + other.y, self.z + other.z)
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)


Vector.RIGHT = Vector(1, 0, 0)
Vector.UP = Vector(0, 1, 0)
Vector.OUT = Vector(0, 0, 1)


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __sub__(self, other):
        if isinstance(other, Point):
            return Vector(self.x - other.x, self.y - other.y, self.z - other.z)
        return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y, self.z + other.z)


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


class Canvas:
    """Pixels as 8-bit (r, g, b) rows; row 0 is the top of the image."""

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.rows = [[(0, 0, 0)] * width for _ in range(height)]

    def plot(self, x, y, r, g, b):
        self.rows[self.height - 1 - y][x] = (
            max(0, min(255, int(r * 255))),
            max(0, min(255, int(g * 255))),
            max(0, min(255, int(b * 255))))


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Point(0, 1.8, 10)
        self.look_at = Point(0, 3, 0)
        self.field_of_view = 45

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def render(self, canvas):
        fov = math.radians(self.field_of_view)
        half_width = math.tan(fov)
        half_height = canvas.height / canvas.width * half_width
        pixel_width = half_width * 2 / (canvas.width - 1)
        pixel_height = half_height * 2 / (canvas.height - 1)

        eye = Ray(self.position, self.look_at - self.position)
        vp_right = eye.vector.cross(Vector.UP).normalized()
        vp_up = vp_right.cross(eye.vector).normalized()

        for y in range(canvas.height):
            for x in range(canvas.width):
                x_comp = vp_right.scale(x * pixel_width - half_width)
                y_comp = vp_up.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + x_comp + y_comp)
                r, g, b = self.ray_colour(ray, 0)
                canvas.plot(x, y, r, g, b)

    def ray_colour(self, ray, depth):
        if depth > MAX_DEPTH:
            return (0, 0, 0)
        hit = self.first_hit(ray)
        if hit is None:
            return (0, 0, 0)
        t, obj, surface = hit
        p = ray.point_at(t)
        return surface.colour_at(self, ray, p, obj.normal_at(p), depth)

    def first_hit(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON:
                if best is None or t < best[0]:
                    best = (t, obj, surface)
        return best

    def visible_lights(self, p):
        result = []
        for light in self.lights:
            hit = self.first_hit(Ray(p, light - p))
            if hit is None or hit[0] > (light - p).magnitude():
                result.append(light)
        return result


def add_colours(a, scale, b):
    return (a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2])


class SimpleSurface:
    def __init__(self, base_colour=(1, 1, 1), specular=0.2, lambert=0.6):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal, depth):
        b = self.base_colour_at(p)
        c = (0, 0, 0)
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            c = add_colours(c, self.specular, scene.ray_colour(reflected, depth + 1))
        if self.lambert > 0:
            amount = 0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    amount += contribution
            amount = min(1, amount)
            c = add_colours(c, self.lambert * amount, b)
        if self.ambient > 0:
            c = add_colours(c, self.ambient, b)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, other_colour=(0, 0, 0), check_size=1, **kwargs):
        super().__init__(**kwargs)
        self.other_colour = other_colour
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p - Point(0, 0, 0)
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


def build_scene():
    scene = Scene()
    scene.lights.append(Point(30, 30, 10))
    scene.lights.append(Point(-10, 100, 30))
    scene.add(Sphere(Point(1, 3, -10), 2), SimpleSurface(base_colour=(1, 1, 0)))
    for y in range(6):
        scene.add(Sphere(Point(-3 - y * 0.4, 2.3, -5), 0.4),
                  SimpleSurface(base_colour=(y / 6.0, 1 - y / 6.0, 0.5)))
    scene.add(Halfspace(Point(0, 0, 0), Vector.UP),
              CheckerboardSurface(other_colour=(0.1, 0.1, 0.3), check_size=2))
    return scene


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    canvas = Canvas(width, width)
    build_scene().render(canvas)
    lit = 0
    checksum = 0
    for row in canvas.rows:
        for r, g, b in row:
            if r or g or b:
                lit += 1
            checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 2147483647
    print("%dx%d pixels, %d lit" % (width, width, lit))
    print("checksum: %d" % checksum)
    print("centre pixel:", canvas.rows[width // 2][width // 2])


main()
