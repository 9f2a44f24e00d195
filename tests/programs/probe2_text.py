PARA = (
    "The quick brown fox jumps over the lazy dog. The dog, being lazy, "
    "did not react; the fox jumped again! Quick foxes and lazy dogs: a tale "
    "as old as time. Time, after all, waits for no fox and no dog."
)

words = []
for raw in PARA.split():
    w = raw.strip(".,;:!?").lower()
    if w:
        words.append(w)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:<8}|{n:>3}|{'#' * n}")
print(len(words), len(freq), sorted(set(words))[:5])

def wrap(text, width):
    out, line = [], ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out

for width in (20, 35):
    lines = wrap(PARA, width)
    print("+" + "-" * width + "+")
    for ln in lines:
        print("|" + ln.ljust(width) + "|")
    print("+" + "-" * width + "+")
for ln in wrap(PARA, 30)[:3]:
    print("[" + ln.center(34, "*") + "]", "[" + ln.rjust(32) + "]")

name, val = "caf\u00e9", 3.14159
print(f"{name!r} {name!s} {name!a} {val!r:>12} {'x'!r:^7}")
width, prec = 10, 3
print(f"[{val:{width}.{prec}f}] [{val:<{width}}] [{name:*^{width}}] [{12345:{'_'}>{width},}]")
print(f"{'nested':{'>' if width > 5 else '<'}{width + 2}}|")
print("{0!r:>8}|{1:+.2e}|{2:#x}|{2:#o}|{2:#b}".format("a", 12345.678, 255))
print("%-6s|%5.1f|%03d|%x|%r" % ("ab", 2.25, 7, 255, "q"))

samples = ["na\u00efve r\u00e9sum\u00e9", "\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8", "emoji \U0001f600\U0001f680!", "stra\u00dfe", "\u0130stanbul"]
for s in samples:
    enc = s.encode("utf-8")
    print(repr(s), len(s), len(enc), s.upper(), s.lower(), s[::-1], s[1:4])
    print("  ", ascii(s), enc[:6], s.casefold(), s.title(), s.swapcase())
print("stra\u00dfe".upper(), "\u00df".casefold() == "ss", "\ufb01".upper())
print("\u65e5\u672c".encode("utf-16-le"), "\u00e9".encode("latin-1"), b"caf\xc3\xa9".decode("utf-8"))
try:
    "\u65e5".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print("\u65e5x".encode("ascii", "replace"), "\u65e5x".encode("ascii", "ignore"), "\u00e9".encode("ascii", "xmlcharrefreplace"))
print(ord("\U0001f600"), chr(0x1F680), hex(ord("\u00e9")), "\N{GREEK SMALL LETTER ALPHA}")
print(" | ".join(sorted(freq, key=lambda w: (len(w), w))[-5:]))
print("-".join(reversed("abc")), ",".join(map(str, range(5))), "".join(ch for ch in PARA if ch.isupper()))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("  pad  ".strip(), "xxhixx".strip("x"), "hello".replace("l", "L", 1), "Hello World".count("o"))
print("abc".zfill(6), "-42".zfill(6), "tab\there".expandtabs(4), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("Title Case".istitle(), "\u0661\u0662".isdigit(), "\u00bd".isnumeric(), "abc".isidentifier(), "\u00e9t\u00e9".isalpha())
print("%s has %d chars" % (samples[1], len(samples[1])), str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")))
