from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name()} with area {self.area()}'


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
print(Square(3).describe(), isinstance(Square(2), Shape), sorted(Shape.__abstractmethods__))
print(Square.__abstractmethods__, type(Shape) is ABCMeta, Half.__abstractmethods__)


class Base(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base:
            return hasattr(C, 'quack')
        return NotImplemented


class Duck:
    def quack(self):
        return 'quack'


print(isinstance(Duck(), Base), issubclass(Duck, Base), isinstance(1, Base))


class Plugin(ABC):
    pass


@Plugin.register
class External:
    pass


print(isinstance(External(), Plugin), issubclass(External, Plugin), External.__name__)
try:
    Plugin.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(get_cache_token()).__name__)
