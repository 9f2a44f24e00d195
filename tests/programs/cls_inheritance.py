# Single inheritance, overriding, super(), isinstance/issubclass
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
    def describe(self):
        return Animal.describe(self) + f", age {self.age}"
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "Meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.describe())
p = Puppy("Bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, object))
print(isinstance(p, (Cat, Dog)), issubclass(Puppy, (int, Dog)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Puppy.__base__.__name__)
print(Dog.__subclasses__())
print(type(p).__name__, p.__class__.__bases__[0].__name__)
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounter(Counter):
    pass
Counter(); SubCounter(); SubCounter()
print(Counter.instances, SubCounter.instances)
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
class NoInit(Animal):
    pass
print(NoInit("x").name)
