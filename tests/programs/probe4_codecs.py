# Roman numerals, base conversions, run-length encoding, ciphers
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    out = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

def caesar(text, k):
    res = []
    for ch in text:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)

def vigenere(text, key, decrypt=False):
    res, ki = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[ki % len(key)].lower()) - ord('a')
            res.append(caesar(ch, -shift if decrypt else shift))
            ki += 1
        else:
            res.append(ch)
    return "".join(res)

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
for bad in (0, 4000, -5):
    try:
        to_roman(bad)
    except ValueError as e:
        print("error:", e)

for n in [0, 255, -255, 1000000, 2 ** 64 + 1]:
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    assert int(row[2], 16) == n and int(row[3], 36) == n
    print(n, row, bin(n), oct(n), hex(n), format(n, "#x"))
print(int("zz", 36), int("0x1F", 16), int("0b101", 0), int("  -42  "), int("1_000"))

for s in ["aaabccddddde", "wwwwwwwwwwwwbbbx", "", "abc", "z" * 25]:
    enc = rle_encode(s)
    print(repr(s), "->", repr(enc), rle_decode(enc) == s)

msg = "Attack at Dawn! The quick brown fox, 42 times."
for k in (3, 13, 25, -1):
    c = caesar(msg, k)
    print(k, c, caesar(c, -k) == msg)
for key in ("LEMON", "python", "a"):
    c = vigenere(msg, key)
    print(key, "|", c, "|", vigenere(c, key, decrypt=True) == msg)
table = str.maketrans("abc", "xyz", "!")
print(msg.translate(table), msg.swapcase(), msg.encode("ascii").hex()[:20])
print(bytes.fromhex("48656c6c6f").decode(), list("héllo".encode("utf-8")))
