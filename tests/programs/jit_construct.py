# Instances made in compiled code: the object allocated inline and __init__ called directly.
# __init__ returning a value, raising, redefined, or inherited; classes with their own
# __new__ or a metaclass; a class changed while compiled code makes its instances.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n):
    out = []
    for i in range(n):
        out.append(P(i, i * 0.5))
    return sum(p.x for p in out), sum(p.y for p in out)


print(make(1000))


class Bad:
    def __init__(self, v):
        self.v = v
        if v == 700:
            return v


def make_bad(n):
    made = 0
    for i in range(n):
        try:
            Bad(i)
            made += 1
        except TypeError as e:
            print("TypeError:", e)
    return made


print(make_bad(800))


class Picky:
    def __init__(self, v):
        if v % 250 == 249:
            raise ValueError("bad value %d" % v)
        self.v = v


def make_picky(n):
    ok = 0
    for i in range(n):
        try:
            ok += Picky(i).v
        except ValueError as e:
            print(e)
    return ok


print(make_picky(600))


class Child(P):
    pass


class WithNew:
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.created = True
        return obj

    def __init__(self, v):
        self.v = v


class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.via_meta = True
        return obj


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


def make_various(n):
    t = 0
    for i in range(n):
        c = Child(i, 1)
        w = WithNew(i)
        m = M(i)
        t += c.x + w.v + m.v + w.created + m.via_meta
    return t


print(make_various(500))


class Empty:
    pass


def make_empty(n):
    for i in range(n):
        e = Empty()
        e.i = i
    try:
        Empty(1)
    except TypeError as err:
        print(err)
    return e.i


print(make_empty(400))


def rebuild(n):
    t = 0
    for i in range(n):
        t += P(i, 0).x
        if i == n // 2:
            def init(self, x, y):
                self.x = -x
                self.y = y
            P.__init__ = init
    return t


print(rebuild(600))
