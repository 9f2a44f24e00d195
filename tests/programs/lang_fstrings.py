# Basic f-strings: expressions, format specs, conversions, nesting
name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2:5d}|{n:<5}|{n:^7}|{n:>6}|")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {n:x} {n:X} {n:o} {n:b} {n:08b}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{1000000:,} {1234567.891:,.2f} {0.25:%} {0.25:.0%}")
print(f"{{literal braces}} {{{n}}}")
width = 10
prec = 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:*^{width}}]")
print(f"{[x * 2 for x in range(3)]} {dict(a=1)} {(1, 2)}")
print(f"{'nested ' + f'{n}'}")
print(f"{n=} {name=} {pi=:.1f}")
print(f"{n!r:>5}|{'x'!r:^7}|")
print(f"{-5:+d} {5:+d} {5: d} {-5:05d}")
print(f"{'abc':.2} {'abc':5}| {3:5}|")
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
p = P()
print(f"{p} {p:xyz} {p!r} {p!s}")
print(f"{True} {None} {3.0} {1e20} {1/3}")
multi = (f"a{1}"
         f"b{2}"
         "c")
print(multi)
print(f"{n if n > 10 else 0}", f"{'yes' if name else 'no'}")
d = {"key": "value"}
print(f"{d['key']} {d['key'].upper()} {len(d)}")
print(format(255, "#x"), format(255, "#o"), format(255, "#b"), f"{255:#06x}")
