# Report formatting: format specs, str.format field access, %-formatting with dicts, __format__.
import math


class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        sym = {"USD": "$", "EUR": "€", "GBP": "£"}.get(self.currency, self.currency + " ")
        amount = self.cents / 100
        if spec.endswith("c"):
            spec = spec[:-1]
            return f"{self.cents:{spec}d}c"
        body = format(abs(amount), spec or ",.2f")
        return ("-" if amount < 0 else "") + sym + body

    def __str__(self):
        return format(self)

    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"

    def __add__(self, other):
        if other == 0:
            return self
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__


class Row:
    def __init__(self, **kw):
        self.__dict__.update(kw)


rows = [
    Row(name="Widget", qty=12, unit=Money(1999), tags=["a", "b"]),
    Row(name="Gizmo extra long name", qty=3, unit=Money(250000), tags=["c"]),
    Row(name="Nut", qty=1500, unit=Money(7), tags=[]),
    Row(name="Refund", qty=1, unit=Money(-4550), tags=["neg"]),
]
print("{:<12}|{:>6}|{:>14}|{:>14}".format("item", "qty", "unit", "total"))
for r in rows:
    total = Money(r.unit.cents * r.qty)
    print("{0.name:<12.12}|{0.qty:>6,}|{0.unit:>14}|{1:>14}|{0.tags[0]!r:>5}".format(r, total) if r.tags else
          "{0.name:<12.12}|{0.qty:>6,}|{0.unit:>14}|{1:>14}|  ---".format(r, total))
grand = sum(Money(r.unit.cents * r.qty) for r in rows)
print(f"{'grand total':<33}|{grand:>14}")
print(f"{grand:12c}|{grand:.0f}|{Money(5, 'EUR')}|{Money(123456789, 'JPY'):,.0f}")
print(repr(grand), str(Money(-1)), f"{Money(99)!r}")

person = {"name": "Ada", "born": 1815, "langs": ["analytical engine"], "ratio": 2 / 3}
print("%(name)s was born in %(born)d (%(ratio).3f)" % person)
print("%-10s|%10s|%05d|%+d|%x|%X|%o|%e|%g|%%|%c" % ("left", "right", 42, 7, 255, 255, 8, 12345.678, 0.00001234, 65))
print("%s %r %a" % ("é", "é", "é"), "%.2s|%5.1f|%-8.3e|" % ("abc", 3.14159, 1234.5))
print("{name} knew {langs[0]!r} — {ratio:.2%}".format(**person))
print("{0}{1}{0}".format("ab", "cd"), "{:^9}".format("mid"), "{:*>9}".format(7), "{:=+9.2f}".format(-3.5))
width, prec = 12, 4
for v in (math.pi, -math.e, 1e10, 1.5e-7, 0.0, -0.0, float("inf"), float("nan"), 123456789.0):
    print(f"{v:{width}.{prec}f}|{v:{width}.{prec}e}|{v:{width}.{prec}g}|{v!r:>22}|{v:<+10.1%}")
for n in (0, 7, -42, 255, 65535, 2 ** 40, -(2 ** 33)):
    print(f"{n:>+15,d} {n:#012x} {n:#b} {n:o} {n:_} {n:^9}|{n:c}" if 0 <= n < 0x110000 else f"{n:>+15,d} {n:#012x} {n:#b} {n:o} {n:_} {n:^9}|")
print(format(1234.5678, ",.2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.0001, ".2f"))
print(round(2.675, 2), round(0.125, 2), round(1234.5), round(-1.5), round(7, -1), round(15, -1), round(25, -1))
print(f"{'x':>{width}}", f"{3.0:g}", f"{1e16:g}", f"{123456789:.3g}", f"{0.1 + 0.2}", f"{1/3:.20f}")
print(str(1e16), str(1e-5), repr(1.1), str(100.0), 1e22, 1.0e-4, 12345678901234567.0, 0.1 * 3)
table = [("alpha", 1.5, 3), ("beta", 22.25, 14), ("gamma", 333.125, 159)]
colw = [max(len(str(r[i])) for r in table) + 2 for i in range(3)]
for r in table:
    print("".join(str(c).rjust(w) for c, w in zip(r, colw)), "|", " ".join(f"{c!s:^{w}}" for c, w in zip(r, colw)))
print("{:>{w}.{p}f}".format(math.tau, w=10, p=3), "{0:{1}}".format("z", 4) + "|")
print(f"{'nested ' + f'{1 + 1}':>12}", f"{person['name'].upper()!s:.2}", f"{[1, 2]!r:>8}")
try:
    print(grand + Money(1, "EUR"))
except ValueError as e:
    print(e)
print("%d items" % 3.99, "%s" % (1, ), "%s-%s" % ("a", "b"))
print("%d %d" % (1,))
