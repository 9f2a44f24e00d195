from abc import ABC, ABCMeta, abstractmethod, abstractproperty, get_cache_token, update_abstractmethods

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

try:
    Shape()
except TypeError as e:
    print("TypeError", e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)

class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)

class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
try:
    Named()
except TypeError as e:
    print("TypeError", e)

class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))

class Animal(ABC):
    pass
Animal.register(int)
print(isinstance(5, Animal), issubclass(bool, Animal), isinstance("x", Animal))
tok = get_cache_token()
@Animal.register
class Dog:
    pass
print(issubclass(Dog, Animal), get_cache_token() != tok, Dog.__name__)
try:
    Animal.register(5)
except TypeError as e:
    print("TypeError", e)

class P(ABC):
    @abstractmethod
    def f(self): ...
class Q(P):
    pass
Q.f = lambda self: 1
update_abstractmethods(Q)
print(Q().f(), type(ABC), ABC.__abstractmethods__)
