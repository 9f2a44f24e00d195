# property with getter, setter and deleter; read-only properties
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        print("get balance")
        return self._balance
    @balance.setter
    def balance(self, value):
        print("set balance", value)
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("del balance")
        self._balance = 0
    @property
    def owner_upper(self):
        return self.owner.upper()
a = Account("ann", 10)
print(a.balance)
a.balance = 25
print(a.balance)
a.balance += 5
print(a._balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(a._balance)
print(a.owner_upper)
try:
    a.owner_upper = "X"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.owner_upper
except AttributeError as e:
    print("AttributeError:", e)
print(type(Account.balance).__name__, Account.balance.fget.__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    def _area(self):
        return round(3.14159 * self.r ** 2, 3)
    area = property(_area, doc="the area")
    def _get_d(self):
        return self.r * 2
    def _set_d(self, d):
        self.r = d / 2
    diameter = property(_get_d, _set_d)
c = Circle(2)
print(c.area, Circle.area.__doc__, c.diameter)
c.diameter = 10
print(c.r, c.area)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    name = "shadowed by class attr"
print(Child().name, Base().name)
