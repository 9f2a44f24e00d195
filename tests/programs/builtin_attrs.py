# getattr/setattr/hasattr/delattr, vars, callable
class Point:
    kind = 'pt'
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(getattr(p, 'x'), getattr(p, 'kind'), getattr(p, 'zz', 'dflt'), getattr(p, 'norm1')())
try:
    getattr(p, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
setattr(p, 'z', 10)
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), hasattr(p, 'kind'), hasattr(Point, 'norm1'))
print(vars(p))
delattr(p, 'z')
print(vars(p), hasattr(p, 'z'))
try:
    delattr(p, 'z')
except AttributeError as e:
    print(type(e).__name__, e)
p.__dict__['w'] = 5
print(p.w, vars(p), sorted(k for k in vars(Point) if not k.startswith('__')))
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (5).foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'str'.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr('abc', 'upper')(), getattr([1, 2], 'count')(1), getattr(Point, 'kind'))
print(callable(len), callable(p), callable(Point), callable(p.norm1), callable(lambda: 0), callable(5), callable('s'), callable(None), callable(str.upper))
class WithCall:
    def __call__(self, a):
        return a * 2
print(callable(WithCall()), WithCall()(21))
class Dyn:
    def __getattr__(self, name):
        return 'dyn:' + name
dd = Dyn()
dd.real = 1
print(dd.anything, dd.real, getattr(dd, 'other'), hasattr(dd, 'q'))
print(hasattr(None, '__class__'), getattr(None, '__class__').__name__)
