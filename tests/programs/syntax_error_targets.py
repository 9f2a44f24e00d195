# SyntaxErrors for invalid assignment, deletion and loop targets, and for the errors CPython's
# compiler (not its parser) reports, checked through exec() of strings: message, position, and
# the source text (None for compiler errors, which CPython reads back from a file).
cases = [
    "f() = 1", "(a, f()) = 1", "a, f() = 1", "x = f() = 1", "f() = x = 1", "1 = x",
    "a + b = 1", "None = 1", "[a, 1] = x", "for f() in x: pass", "with a as f(): pass",
    "del f()", "del (a, 1)", "del a + b", "f() += 1", "(a for a in b) = 1", "lambda: 1 = 1",
    "a if b else c = 1", "{} = 1", "'s' = 1", "f'{x}' = 1", "x.y() = 1", "a < b = 1",
    "[x for x in y] = 1", "del [x for x in y]", "... = 1", "True = 1", "for 1 in x: pass",
    "a, *b() = 1", "f() = not x", "f() = lambda: 1", "f() = 1, 2", "-a = 1", "not a = 1",
    "[x for f() in y]", "1 += 1", "{1, 2} = s", "x = (a.b(), c)[0] = f() = 1",
    "break", "continue", "return 1", "yield 1", "def f():\n    nonlocal q",
    "x = 1\nglobal x", "def f(): from m import *", "a, *b, *c = 1, 2, 3", "*a = 1",
    "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break",
]
for src in cases:
    try:
        exec(src, {})
        print("no error:", src)
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))

# Code from exec() has no source file: its traceback lines show no source text.
exec("def f():\n    return 1 / 0\nf()", {})
