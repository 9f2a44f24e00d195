# Bank / inventory report with print options and formatting
import sys

accounts = [
    ("Alice Smith", "CHK-001", 12543.5, [250.0, -1200.25, 3400.0]),
    ("Bob Jones", "SAV-017", 987654.321, [-50000.0, 12.5]),
    ("Carol White", "CHK-104", -42.1, [100.0, 100.0, -300.75]),
    ("Dan Brown", "INV-900", 0.0, []),
    ("Eve Black", "SAV-002", 1234567890.125, [1.0, -2.0, 3.0, -4.0]),
]

print("=" * 60)
print("MONTHLY STATEMENT", "REPORT", sep=" :: ", end=" <<\n")
print("=" * 60)
print("Name", "Account", "Balance", sep="\t")
sys.stdout.write("{:<14}|{:^9}|{:>16}|{:>8}\n".format("Holder", "Acct", "Final", "Txns"))
sys.stdout.write("-" * 50 + "\n")
grand = 0.0
warnings = 0
for name, acct, bal, txns in accounts:
    final = bal + sum(txns)
    grand += final
    line = "{:<14}|{:^9}|{:>16,.2f}|{:>8d}".format(name, acct, final, len(txns))
    print(line)
    if final < 0:
        warnings += 1
        print(f"WARNING: {acct} overdrawn by {-final:,.2f}", file=sys.stderr)
    for i, t in enumerate(txns, 1):
        print(f"    #{i:02d} {'credit' if t >= 0 else 'debit':<6} {t:>+12,.2f}")
print("-" * 50)
print(f"{'TOTAL':<14}|{'':^9}|{grand:>16,.2f}|")
print(f"warnings: {warnings}", file=sys.stderr)

inventory = {"widget": (1520, 2.5), "gadget": (37, 149.99), "doohickey": (0, 12.0),
             "gizmo": (1234567, 0.0125), "thingamajig": (12, 1e6)}
print()
print(f"{'Item':<12}{'Qty':>10}{'Unit':>12}{'Value':>18}")
for item in sorted(inventory, key=lambda k: -inventory[k][0] * inventory[k][1]):
    qty, unit = inventory[item]
    value = qty * unit
    flag = "*" if qty == 0 else " "
    print(f"{item:<12}{qty:>10,}{unit:>12.4f}{value:>18,.2f}{flag}")
    if qty == 0:
        print("out of stock:", item, sep=" ", end="!\n", file=sys.stderr)

print()
print("percentages:", *[f"{v:.1%}" for v in (0.5, 0.125, 1/3, 2.0)], sep=" | ")
print("sci:", f"{1234567.891:e}", f"{0.000123:.2E}", f"{1e21:g}", f"{123.456:g}")
print("padding:", f"[{42:08d}]", f"[{-42:08d}]", f"[{42:+d}]", f"[{42: d}]", f"[{3.5:=^11.2f}]")
print("ints:", f"{255:b}", f"{255:#o}", f"{255:X}", f"{1234567:_}", f"{10**12:,}")
print("strs:", "{0!r:>10}".format("hi"), "{:.3}".format("truncate"), "{:*<8}".format("ab"))
print("named: {name} owes {amt:.2f}".format(name="Carol", amt=42.1))
print("index: {0[1]} {1[key]}".format(["a", "b"], {"key": "v"}))
print("%-10s|%5d|%8.3f|%x|%r" % ("old", 42, 3.14159, 255, "s"))
print("%(a)s and %(b)05.1f" % {"a": "dict", "b": 2.25})
sys.stdout.write("no newline here")
sys.stdout.write(" ... continued\n")
print(end="")
print()
print("multi", "args", 1, 2.0, None, True, sep="")
sys.stderr.write("done writing stderr\n")
print("done.")
