# Roman numerals, number words, base conversions; round-trip checks and error handling.

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    total = 0
    prev = 0
    for ch in reversed(s):
        if ch not in VALUES:
            raise ValueError(f"invalid roman digit {ch!r} in {s!r}")
        v = VALUES[ch]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for scale, name in SCALES:
        if n >= scale:
            q, r = divmod(n, scale)
            head = words(q) + " " + name
            if not r:
                return head
            return head + (" and " if r < 100 else " ") + words(r)


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<16} {from_roman(r):>5} {words(n)}")
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
lens = {}
for i in range(1, 4000):
    lens.setdefault(len(to_roman(i)), []).append(i)
print("longest numeral:", max(lens), lens[max(lens)], to_roman(lens[max(lens)][0]))
print(sorted((k, len(v)) for k, v in lens.items()))
for bad in ["IIII", "IC", "MMMM", "ABC", "xiv", "VX"]:
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print(bad, "->", e)
for bad in [0, 4000, -5, 2.5, True, "12"]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
for n in [0, 7, 13, 21, 99, 100, 101, 115, 999, 1000, 1001, 12345, 1000000, 7000000042, -17, 10 ** 12 + 3]:
    print(f"{n:,} = {words(n)}")
for n in [0, 255, -255, 10 ** 20, 2 ** 64 - 1]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)])
    assert int(to_base(n, 36), 36) == n
    assert to_base(n, 16) == format(n, "x")
print(hex(255), oct(255), bin(255), f"{255:#x} {255:#o} {255:#b} {255:08b} {-255:x}")
print(int("ff", 16), int("0o777", 0), int("0b1010", 0), int("z", 36), int(" 42 "), int("1_000"))
total = sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001))
print("letters in 1..1000:", total)
