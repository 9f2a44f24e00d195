# Literal forms: numbers, strings, bytes, containers, escapes
print(0, -0, 00, 0_0, 1_2_3, 0xDEAD_BEEF, 0O777, 0B1_0)
print(1.0, 1.5e10, 1E-5, 3.14_15, 1e100, 1e-100, 123456789012345678.0)
print('single', "double", '''triple
single''', """triple "double" """)
print("tab\there", "nl\\n", "quote\"s", 'apo\'s', "\x41\u00e9\101")
print(r"raw\n\t", rb"raw\x00", R"R")
print("adjacent" " strings" ' concat')
print(b"bytes\x00\xff", b'\n', len(b"\x00\x01"))
print([], [1], [1, 2,], (), (1,), (1, 2,), {}, {1: 2,}, {3})
print(None, True, False, ..., Ellipsis is ...)
print(type(1).__name__, type(1.0).__name__, type("").__name__, type(b"").__name__)
print(type(()).__name__, type([]).__name__, type({}).__name__, type({1}).__name__, type(None).__name__, type(...).__name__)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123.456, -0.0, float("inf"), -float("inf"))
print(10 ** 30, -(10 ** 30), 2 ** 64 - 1, 0xffffffffffffffffffff)
print("multi\
line")
x = 1 + \
    2
print(x)
print(len("日本語"), "日本語"[1], "\u65e5")
print(1_000.000_1, 0e0, 0.0e-10)
