# String formatting of reports.

class Emp:
    def __init__(self, name, dept, salary, hired):
        self.name, self.dept, self.salary, self.hired = name, dept, salary, hired
    def __repr__(self):
        return "Emp(%r)" % self.name

emps = [
    Emp("Alice", "Eng", 123456.789, (2019, 3, 7)),
    Emp("Bob", "Sales", 65000.5, (2021, 11, 23)),
    Emp("Chandrasekhar", "Eng", 98000, (2015, 1, 1)),
    Emp("Dee", "Ops", -1200.25, (2023, 12, 31)),
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def fmt_date(d, style):
    y, m, day = d
    if style == "iso":
        return f"{y:04d}-{m:02d}-{day:02d}"
    if style == "us":
        return "{1:02}/{2:02}/{0}".format(y, m, day)
    return "%d %s %d" % (day, MONTHS[m - 1], y)

print(f"{'Name':<12}|{'Dept':^7}|{'Salary':>14}|{'Hired':>11}")
print("-" * 47)
for e in emps:
    print(f"{e.name[:12]:<12}|{e.dept:^7}|{e.salary:>14,.2f}|{fmt_date(e.hired, 'iso'):>11}")
total = sum(e.salary for e in emps)
print(f"{'TOTAL':*<12}|{'':^7}|{total:>14,.2f}|")

for e in emps:
    print("{0.name} works in {0.dept} since {1}".format(e, fmt_date(e.hired, "us")), fmt_date(e.hired, "long"))

data = [10, 20, 30]
print("{1[2]} {0[0]} {2[k]}".format(data, "xyz", {"k": "v"}))
print("{:+d} {:+d} {: d} {: d} {:-d}".format(5, -5, 5, -5, 5))
print("{:08.3f}|{:<8.1f}|{:^9.2e}|{:>+10.4g}".format(3.14159, 2.5, 12345.678, 0.000123456))
print("{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b}".format(255, 255, 255, 8, 8, 5, 5, 5))
print("{:,} {:_} {:_x} {:,.3f}".format(1234567, 1234567, 0xdeadbeef, 9876543.21))
print("{:%} {:.1%} {:.0%}".format(0.25, 0.123, 1.0))
print("{:e} {:E} {:.3g} {:g} {:g} {:g}".format(1234.5, 0.00012, 1234567, 1e-5, 1e16, 100.0))
print("[{:=^20}] [{:#>8}] [{:0<6}] [{:=+8}]".format(" mid ", "r", 7, -42))
print(format(3.5, ".0f"), format(4.5, ".0f"), format(2.675, ".2f"), format(-0.0, "f"), format(1/3, ".15f"))
print(format(42), format(42, "5"), format("s", "5"), format(True), format(12, "c"), format(1e100, ".3"))
print(format(float("inf"), "10.2f"), format(float("-inf"), "<8"), format(float("nan"), "^7"))
print("%5s|%-5s|%05d|%+.2f|%x|%r|%%|%c" % ("ab", "cd", 42, 3.14159, 255, "q", 65))
print("%(a)s-%(b)03d" % {"a": "key", "b": 7})

x = 7
name = "pyjit"
items = ["a", "b"]
d = {"key": "val"}
print(f"{x=}, {x*2=}, {name=!r}, {name!s:>8}, {x = }, {x=:5}")
print(f"{d['key']} {d['key'] if False else 'nested'} {items[-1]!r} {len(items):03}")
print(f"{'it' + chr(39) + 's'}", f'{"dq" + d["key"]}', f"""{'a' + "b"}""")
width, prec = 12, 3
print(f"[{3.14159265:{width}.{prec}f}] [{name:^{width}}] [{x:{'>' if x > 5 else '<'}6}]")
print(f"{x:#06x} {x:b} {-x:o} {x / 3:.4} {x:,}")
print(f"{{literal}} {x!r:>4} {'%s' % 'pct'} {[i * i for i in range(4)]}")
print(f"""{
    x
    + 1
}""")
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        s = "${}.{:02d}".format(self.cents // 100, self.cents % 100)
        return format(s, spec) if spec else s
    def __repr__(self): return "Money(%d)" % self.cents
    def __str__(self): return "M" + str(self.cents)
m = Money(12345)
print(f"{m} {m:>12} {m!r} {m!s}", "{0} {0!r:>14}".format(m), format(m, "*^12"))
print("|".join(s.center(7, "-") for s in ["a", "bb", "ccc"]), "x".ljust(3, "."), "7".zfill(4), "-7".zfill(4))
print(str(1e16), str(1.5e-7), repr(0.1 + 0.2), str(123456789.0), str(1e22), 2.0 ** 0.5)
