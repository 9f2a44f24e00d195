# Uncaught TypeError deep in method calls on objects, with a class method and property
class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    @property
    def taxed(self):
        return self.price * 1.25
class Cart:
    def __init__(self):
        self.items = []
    def add(self, item):
        self.items.append(item)
        return self
    def total(self):
        return sum(i.taxed for i in self.items)
cart = Cart().add(Item("pen", 2)).add(Item("book", 12))
print(cart.total())
cart.add(Item("gift", None))
print(cart.total())
