# A method call site that sees several classes whose methods differ: compiled code picks the
# method by the receiver's class and calls each one directly; a class it has not seen, a
# method that cannot be called directly, a method that raises, a receiver whose class
# changes between the lookup and the call, and a class changed mid-loop all still behave.


class Shape:
    def __init__(self, n):
        self.n = n

    def describe(self):
        return "shape"


class Square(Shape):
    def area(self, scale):
        return self.n * self.n * scale

    def describe(self):
        return "square"


class Circle(Shape):
    def area(self, scale):
        return 3 * self.n * self.n * scale


class Tri(Shape):
    def area(self, scale):
        if self.n < 0:
            raise ValueError("negative side %d" % self.n)
        return self.n * self.n // 2 * scale


class Star(Shape):
    def area(self, *scales):
        return sum(scales) * self.n


class Blob(Shape):
    def area(self, scale):
        return 1.5 * scale


def total(shapes, scale):
    t = 0
    for s in shapes:
        t += s.area(scale)
    return t


def describe_all(shapes):
    out = []
    for s in shapes:
        out.append(s.describe())
    return out


shapes = [Square(i % 7) if i % 3 == 0 else Circle(i % 5) if i % 3 == 1 else Tri(i % 4)
          for i in range(300)]
for _ in range(40):
    r = total(shapes, 2)
print("three classes:", r)

# A class the compiled code has not seen, then one whose method takes *args, then a float.
print("with star:", total(shapes + [Star(3)], 2))
print("with blob:", total(shapes + [Blob(1)], 2))

# A method that raises inside a direct call: the exception reaches the caller.
try:
    total(shapes[:10] + [Tri(-3)] + shapes[:10], 1)
except ValueError as e:
    print("caught:", e)

# Inherited and overridden methods at one site.
print(describe_all([Square(1), Circle(1), Tri(1), Shape(1)] * 3)[:5])
for _ in range(30):
    d = describe_all(shapes)
print(d.count("square"), d.count("shape"))


# The receiver's class changes between the lookup and the call (the argument does it).
class Chameleon(Shape):
    def area(self, scale):
        return -1


def switch(obj):
    obj.__class__ = Circle
    return 1


def call_with_switch(objs):
    out = []
    for o in objs:
        out.append(o.area(switch(o) if o.n == 99 else 2))
    return out


objs = [Square(2), Circle(2), Chameleon(2)] * 50
for _ in range(20):
    r = call_with_switch(objs)
print(sum(r), r[:3])
print(call_with_switch([Chameleon(99), Square(99)]))

# A method replaced on a class mid-loop.
for i in range(60):
    if i == 30:
        Circle.area = lambda self, scale: 1000
    r = total(shapes, 1)
print("after patch:", r)
del Circle.area
try:
    total(shapes, 1)
except AttributeError as e:
    print("after delete:", e)
Circle.area = Square.area
print("borrowed:", total(shapes, 1))
