# String formatting edge cases
x = 1234567.891
n = -42
print(f"{x:,.2f}|{x:_.3f}|{x:>15,.1f}|{x:<15.2e}|")
print(f"{n:+d}|{n: d}|{42: d}|{42:+d}|{n:08d}|{42:08d}")
print(f"{255:x}|{255:X}|{255:#x}|{255:#o}|{255:#b}|{255:08b}|{255:#010x}")
print(f"{1234567:,}|{1234567:_}|{0xdeadbeef:_x}|{1234567890:_b}")
print(f"{'abc':*^9}|{'abc':>6}|{'abc':<6}|{'abc':^7}|{'abc':.2}")
print(f"{3.14159:.0f}|{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{0.375:.2f}")
print(f"{1e16:g}|{1e-5:g}|{123456789.0:g}|{0.0001:g}|{1.5e300:.3g}")
print(f"{0.1:.20f}|{1/3:.15g}|{2/3:%}|{0.25:.1%}")
print(f"{-0.0}|{0.0:+}|{-0.0:.2f}|{float('inf'):10}|{float('-inf'):<8}|{float('nan'):^7}")
for v in [0.1, 0.2 + 0.1, 1e22, 1e23, 1.0, 100.0, 1e-7, 123456789012345678.0, 2.0**60, 1/7, 5e-324]:
    print(repr(v), str(v))
print(f"{'x'!r}|{'x'!s}|{'é'!a}|{3!r:>4}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|{x:>{w},.{p}f}|{'hi':{'^'}{w}}")
print(f"{x=}|{n = }|{x=:.1f}")
print("%d %5d %-5d| %05d %+d" % (7, 7, 7, 7, 7))
print("%s %r %a" % ("é", "é", "é"))
print("%x %X %o %#x %#o %e %E %g %G" % (255, 255, 8, 255, 8, 12345.678, 12345.678, 0.00001234, 1e20))
print("%.3f %10.2f %-10.2f| %%" % (3.14159, 2.5, 2.5))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7})
print("%c%c %5s|%-5s|" % (65, "z", "ab", "cd"))
print("%*d|%-*d|%.*f" % (5, 42, 5, 42, 2, 3.14159))
print("{} {} {}".format(1, "a", [1, 2]))
print("{0} {1} {0}".format("x", "y"))
print("{name}-{0}".format(5, name="n"))
print("{0[1]} {0[a]} {1.real} {1.imag}".format({1: "one", "a": "A"}, 3 + 4j))
print("{:{fill}{align}{width}}".format("mid", fill="#", align="^", width=11))
print("{!r:>10}|{!s:<6}|".format("q", 12))
print("{{literal}} {}".format(9))
print("{:,}".format(10**20), "{:_}".format(-10**12))
print(format(12.5, "08.3f"), format(-12.5, "=+10.2f"), format(42, "=+8d"))
print(format(1234.5, "n"), format(3, "c"), format(True, "d"), format(True))
print(format(1e100, ".3e"), format(-1.5e-10, "e"), format(12345.6789, ".2g"))
print(format(123, ""), format("s", ""), format(None, ""), format(2.0, ""))
print(str(1e15), str(1e16), str(-1e-4), str(1.5e-4), repr(0.1 + 0.7))
print(round(2.675, 2), round(1e15 + 0.5), f"{2.675:.2f}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()}|{P():abc}|{P():>{w}}", format(P(), "zz"), "{:q}".format(P()))
items = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.0)]
for name, qty, price in items:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>10,.2f}")
print("%-10s|%5d|%8.2f" % items[0])
print(f"{'nested ' + f'{1+1}'}", f"{[i*i for i in range(4)]}", f"{ {'a': 1}['a'] }")
print("{:>+08.2f}".format(3.14159), "{:<08d}".format(5), "{:^08d}".format(5))
print("{:e}".format(0.0), "{:g}".format(0.0), "{:%}".format(0), "{:.0e}".format(15000))
print(f"{12345678.9:,.0f}", f"{-1234.5:_.1f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{-2.5:.0f}")
