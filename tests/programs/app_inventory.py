# Inventory management: classes, properties, dunder methods, sorting, formatting.

class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} left")
        self.sku = sku
        self.wanted = wanted
        self.have = have


class Item:
    __slots__ = ("sku", "name", "_price", "qty", "tags")

    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}: {value!r}")
        self._price = round(value, 2)

    @property
    def value(self):
        return self._price * self.qty

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self._price:.2f}, qty={self.qty})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
            self.log.append(("restock", item.sku, item.qty))
        else:
            self._items[item.sku] = item
            self.log.append(("new", item.sku, item.qty))

    def remove(self, sku, n):
        try:
            item = self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("sell", sku, n))
        return item.price * n

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __contains__(self, sku):
        return sku in self._items

    def by_tag(self):
        out = {}
        for item in self._items.values():
            for t in item.tags:
                out.setdefault(t, []).append(item.sku)
        return {k: sorted(v) for k, v in sorted(out.items())}

    def total_value(self):
        return sum(i.value for i in self._items.values())

    def report(self):
        lines = [f"{'SKU':<6}|{'Name':^14}|{'Price':>8}|{'Qty':>5}|{'Value':>10}"]
        lines.append("-" * len(lines[0]))
        for item in self:
            lines.append(f"{item.sku:<6}|{item.name:^14}|{item.price:>8.2f}|{item.qty:>5d}|{item.value:>10,.2f}")
        lines.append(f"{'TOTAL':<6}|{'':^14}|{'':>8}|{sum(i.qty for i in self):>5}|{self.total_value():>10,.2f}")
        return "\n".join(lines)


inv = Inventory()
data = [
    ("A100", "widget", 2.5, 120, ["hardware", "small"]),
    ("A101", "gadget", 13.999, 15, ["hardware"]),
    ("B200", "doohickey", 0.333, 1000, ["small", "bulk"]),
    ("B201", "thingamajig", 99.95, 3, ["premium"]),
    ("C300", "sprocket", 4.75, 40, ["hardware", "bulk"]),
    ("A100", "widget", 2.5, 30, []),
]
for sku, name, price, qty, tags in data:
    inv.add(Item(sku, name, price, qty, tags))

print(len(inv), "items")
print(inv.report())
print(inv.by_tag())

orders = [("A100", 50), ("B201", 5), ("Z999", 1), ("B200", 999), ("C300", 40), ("C300", 1)]
revenue = 0.0
for sku, n in orders:
    try:
        got = inv.remove(sku, n)
    except OutOfStock as e:
        print("out of stock:", e, "| short by", e.wanted - e.have)
    except InventoryError as e:
        print("error:", e, type(e).__name__)
    else:
        revenue += got
        print(f"sold {n:>4} x {sku} for {got:10.3f}")
print(f"revenue = {revenue:.2f}")
print(inv.report())

try:
    Item("X", "bad", -1)
except ValueError as e:
    print("ValueError:", e)

a = Item("Q1", "q", 1.0)
b = Item("Q1", "other", 2.0)
print(a == b, a != b, a == "Q1", len({a, b}))
print(sorted([Item("z", "b", 1), Item("y", "a", 2), Item("x", "b", 3)]))
print([e for e in inv.log if e[0] != "new"])
counts = {}
for kind, sku, n in inv.log:
    counts[kind] = counts.get(kind, 0) + n
print(sorted(counts.items(), key=lambda kv: -kv[1]))
print("A100" in inv, "ZZZ" in inv)
try:
    a.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(max(inv, key=lambda i: i.value).name, min(inv, key=lambda i: (i.qty, i.sku)).sku)
