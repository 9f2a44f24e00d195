# Attribute loads and stores on objects of several classes at one site: compiled code finds
# the slot for each class and shape the interpreter saw (the slots differ), and anything
# else (a new shape, a __dict__ after many attributes, a property added to a class) goes
# through the full attribute protocol.


class A:
    def __init__(self, v):
        self.x = v
        self.y = v * 2


class B:
    def __init__(self, v):
        self.y = v * 3
        self.x = v


class C(A):
    def __init__(self, v):
        self.tag = "c"
        A.__init__(self, v)


def bump(objs):
    t = 0
    for o in objs:
        o.x += 1
        t += o.x + o.y
    return t


objs = [A(i) if i % 3 == 0 else B(i) if i % 3 == 1 else C(i) for i in range(90)]
for _ in range(40):
    r = bump(objs)
print("mixed:", r)

# One object gets an extra attribute (a new shape), another many (a dict in CPython's terms).
objs[0].extra = 1
for k in range(40):
    setattr(objs[1], "attr%d" % k, k)
print("reshaped:", bump(objs))

# A property on one class changes what `o.x` means for its objects.
A.x = property(lambda self: 1000, lambda self, v: None)
print("property:", bump(objs))
del A.x
print("deleted:", bump([B(1), C(2)]))
