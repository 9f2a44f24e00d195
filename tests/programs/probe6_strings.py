# String and bytes methods on unicode and bytes data.
s = "héllo wörld  café\tnaïve\nline2\r\nline3\rend"
print(s.split())
print(s.split(" "))
print(s.split(" ", 2))
print(s.rsplit(" ", 2))
print(s.rsplit(None, 1))
print(s.splitlines())
print(s.splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines(True))
print("".split(","), "".split(), "a,,b".split(","))
t = "abcabcabc ünï ünï"
print(t.find("c"), t.find("c", 3), t.find("c", 3, 5), t.find("c", -4), t.find("z"))
print(t.rfind("c"), t.rfind("c", 0, 8), t.rfind("ünï"), t.rfind("ünï", 0, 14))
print(t.index("b", 2), t.rindex("a", 0, 5))
try:
    t.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    t.rindex("a", 7)
except ValueError as e:
    print("ValueError:", e)
print(t.count("abc"), t.count("ü", 10), t.find(""), t.find("", 100), t.rfind(""))
print("aaaa".replace("a", "b", 2), "aaaa".replace("", "-"), "aaaa".replace("", "-", 2))
print("ünïünï".replace("ï", "I", 1), "abc".replace("x", "y", -1))
print(repr("xx--hello--yy".strip("xy-")), repr("  ab  ".lstrip()), repr("..ab..".rstrip(".")))
print(repr("ééaéé".strip("é")), repr("abc".strip("")), repr("\t\n x \x0b".strip()))
print("hello.py".endswith((".txt", ".py")), "hello".startswith(("he", "x")))
print("hello".startswith("ll", 2), "hello".startswith("ll", 2, 3), "hello".endswith("l", 0, 4))
print("héllo".startswith(()), "héllo".endswith("llo", -3))
b = b"alpha,beta,,gamma delta"
print(b.split(b","), b.split(), b.split(b",", 1), b.rsplit(b",", 1))
print(b"-".join([b"a", b"bc", bytearray(b"d")]), b"".join([]))
print(b.hex(), b"\x00\xff\x10".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04".hex("-", 2))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytearray.fromhex("0a0B"))
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
u = "naïve café ☕ 😀"
print(u.encode("utf-8"))
print(u.encode("ascii", "replace"), u.encode("ascii", "ignore"))
print(u.encode("latin-1", "replace"), u.encode("utf-16-le")[:8])
try:
    u.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
raw = b"ok \xff\xfe bad \xc3\xa9 good \xe2\x98"
print(raw.decode("utf-8", "replace"))
print(raw.decode("utf-8", "ignore"))
print(raw.decode("latin-1"))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(len(u), len(u.encode()), u[::-1], u.upper(), "ß".upper(), "İ".lower().encode())
print("Ünï".casefold(), "straße".casefold(), "ǅ".swapcase(), "hello world".title())
print(b"Hello".upper(), b"  x ".strip(), b"xxhixx".strip(b"x"), b"abc".find(b"c"), b"abc".find(99))
print(b"a\nb\r\nc".splitlines(), b"a\nb\r\nc".splitlines(True))
print("%-6s|%6s|" % ("ñ", "ü"), "{:^7}".format("é"), "x".center(6, "*"), "ab".zfill(5), "-3".zfill(5))
