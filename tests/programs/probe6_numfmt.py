# Numeric formatting table and int/float parsing.
values = [0, 1, -1, 3.14159, -2.5, 1234567.891, 0.000123, 1e20, 255, -4096, 1.0, 100, 2**40, 0.5]
for x in values:
    print(f"{x:>10.3f}|{x:e}|{x:g}|{x:%}|{x:,}|{x:+}|{x:08.2f}|{x!r:>12}|")
for x in values:
    print(f"{x:.2e}|{x:.3g}|{x:10.1%}|{x:<12,.2f}|{x:^+12.1f}|{x: .2f}|")
ints = [0, 1, 7, 255, -255, 4096, 10**9, -(2**33), 2**64]
for n in ints:
    print(f"{n:_}|{n:,}|{n:#x}|{n:#o}|{n:#b}|{n:+d}|{n:08d}|{n:>#12X}|{n:_x}|{n:c}|" if 0 <= n < 256 else
          f"{n:_}|{n:,}|{n:#x}|{n:#o}|{n:#b}|{n:+d}|{n:08d}|{n:>#12X}|{n:_x}|")
print(format(1234.5, ","), format(1234.5, "_.1f"), format(-0.0, "f"), format(-0.0, "+g"))
print(format(float("inf"), "f"), format(float("-inf"), "e"), format(float("nan"), "%"), format(1e-7, "g"))
print(format(123456789, "e"), format(0.1, ".20f"), format(1/3, ".15g"), format(2.5, ".0f"), format(3.5, ".0f"))
print("{:=+10.2f}|{:*<10}|{:#>10.3e}|{:0=10d}".format(3.14159, 42, 12345.678, -42))
print("%5.2f|%-8d|%x|%o|%e|%g|%r|%s|%%" % (2.345, 42, 255, 8, 12345.678, 0.00001, "a", 1.5))
print(repr(1.1), repr(1e16), repr(1e-5), repr(123456789012345678.0), str(0.1 + 0.2), repr(-0.0))
print(int("0x1f", 16), int("1f", 16), int("  42  "), int("-0b101", 0), int("0o17", 0), int("1_000"))
print(int("z", 36), int("  -7\n"), float("  1e3 "), float("-inf"), float("1_0.5"), float(" .5"))
print(int(3.99), int(-3.99), int(True), float(7), int("０１２"), float("nan") != float("nan"))
bad_ints = [("12a", 10), ("", 10), ("0x1g", 16), ("9", 8), ("1__0", 10), ("  ", 10), ("0x1f", 10)]
for text, base in bad_ints:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)
for text in ["abc", "", "1e", "1.2.3", "in f", "0x10"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", ">5d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(5, ".2s")
except ValueError as e:
    print("ValueError:", e)
print(f"{12345.6789:,.2f}", f"{-1234567:,}", f"{0.1234:.1%}", f"{1e6:.0e}", f"{255:08b}", f"{3:>5}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'txt':>{w}}|{42:{'^'}{w}}|")
print(math_sum := sum(values[:5]), round(math_sum, 3))
print(hex(-255), oct(64), bin(-5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((10).bit_length(), (3.75).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (2.0).is_integer())
