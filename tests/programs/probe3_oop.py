# Object-oriented design: abstract bases, dispatch, diamonds, factories.

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
        type(self).made = getattr(type(self), 'made', 0) + 1
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{self} with area {self.area():.2f}'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
    def __str__(self):
        return f'<{self.name}>'

class Rect(Shape):
    def __init__(self, w, h, name='rect'):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @staticmethod
    def square(side):
        return Square(side)
    @classmethod
    def from_str(cls, s):
        w, h = map(float, s.split('x'))
        return cls(w, h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name='square')
    def __str__(self):
        return 'Square:' + super().__str__()

class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

shapes = [Rect(2, 3), Rect.square(4), Circle(1), Rect.from_str('2.5x4'), Blob('blob')]
for s in shapes:
    try:
        print(repr(s), '->', s.describe())
    except NotImplementedError as e:
        print(repr(s), '-> NotImplementedError:', e)
print(Shape.count, Rect.made, Square.made, Circle.made, Blob.made, 'made' in Shape.__dict__)
print(isinstance(shapes[1], Rect), issubclass(Square, Shape), type(shapes[3]).__name__)

log = []
class Base:
    def __init__(self): log.append('Base')
    def who(self):
        return ['Base']
class Left(Base):
    def __init__(self):
        log.append('Left>'); super().__init__(); log.append('<Left')
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def __init__(self):
        log.append('Right>'); super().__init__(); log.append('<Right')
    def who(self):
        return ['Right'] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        log.append('Bottom>'); super().__init__(); log.append('<Bottom')
    def who(self):
        return ['Bottom'] + super().who()

b = Bottom()
print(log)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()], Bottom.__bases__ == (Left, Right))
try:
    class Bad(Left, Bottom):
        pass
except TypeError as e:
    print('TypeError:', e)

class Animal:
    sound = '...'
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Animal.registry[cls.__name__.lower()] = cls
    def speak(self):
        return f'{type(self).__name__} says {self.sound}'
    def __eq__(self, other):
        return type(self) is type(other)
    __hash__ = None
class Dog(Animal): sound = 'woof'
class Cat(Animal):
    sound = 'meow'
    def speak(self):
        return super().speak().upper()
print(sorted(Animal.registry), [Animal.registry[k]().speak() for k in sorted(Animal.registry)])
print(Dog() == Dog(), Dog() == Cat(), Dog() != Cat())
try:
    hash(Dog())
except TypeError as e:
    print('TypeError:', e)
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
print(p.x + p.y, hasattr(p, '__dict__'))
