# A tokenizer for a small language using a hand-written scanner, generators and namedtuple-like classes.

KEYWORDS = {"let", "fn", "if", "else", "return", "while", "true", "false"}
OPS = ["==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "%", "=", "<", ">", "!", "(", ")", "{", "}", ",", ";"]


class Token:
    __slots__ = ("kind", "text", "line", "col")

    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"

    def __iter__(self):
        yield self.kind
        yield self.text


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at line {line}, column {col}")
        self.line, self.col = line, col


def tokenize(src):
    i = 0
    line, col = 1, 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            i += 1
            line += 1
            col = 1
            continue
        if ch.isspace():
            i += 1
            col += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start, scol = i, col
        if ch.isdigit():
            while i < n and (src[i].isdigit() or src[i] == "_"):
                i += 1
            if i < n and src[i] == "." and i + 1 < n and src[i + 1].isdigit():
                i += 1
                while i < n and src[i].isdigit():
                    i += 1
                kind = "FLOAT"
            else:
                kind = "INT"
            text = src[start:i]
        elif ch.isalpha() or ch == "_":
            while i < n and (src[i].isalnum() or src[i] == "_"):
                i += 1
            text = src[start:i]
            kind = "KW" if text in KEYWORDS else "IDENT"
        elif ch == '"':
            i += 1
            buf = []
            while i < n and src[i] != '"':
                if src[i] == "\\" and i + 1 < n:
                    esc = src[i + 1]
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(esc, "\\" + esc))
                    i += 2
                else:
                    buf.append(src[i])
                    i += 1
            if i >= n:
                raise LexError("unterminated string", line, scol)
            i += 1
            text = "".join(buf)
            kind = "STR"
        else:
            for op in OPS:
                if src.startswith(op, i):
                    i += len(op)
                    text = op
                    kind = "OP"
                    break
            else:
                raise LexError(f"unexpected character {ch!r}", line, col)
        col += i - start
        yield Token(kind, text, line, scol)
    yield Token("EOF", "", line, col)


PROGRAM = '''
# compute things
let x = 1_000;
let pi = 3.14159;
fn add(a, b) -> a + b;
let s = "hello\\n\\"world\\"";
while (x >= 10 && !false) { x = x / 2; }
if x != 3 { return add(x, pi) % 7; } else { return -1; }
'''

toks = list(tokenize(PROGRAM))
for t in toks:
    print(t)
kinds = {}
for kind, text in toks:
    kinds.setdefault(kind, []).append(text)
for k in sorted(kinds):
    print(f"{k:6} {len(kinds[k]):3} {kinds[k][:8]}")
print("idents:", sorted(set(kinds["IDENT"])))
ints = [int(t.replace("_", "")) for t in kinds["INT"]]
floats = [float(t) for t in kinds["FLOAT"]]
print(ints, floats, sum(ints) + sum(floats))
print([t.text for t in toks if t.line == 7])
print(max(toks, key=lambda t: t.col))
for bad in ['let y = 5 @ 3;', 'let s = "oops', "x = 1;\n  $"]:
    try:
        list(tokenize(bad))
    except LexError as e:
        print("LexError:", e, (e.line, e.col))
gen = tokenize("a b c")
print(next(gen), next(gen))
print(list(gen))
print(repr(kinds["STR"][0]), len(kinds["STR"][0]))
list(tokenize("let q = `x`;"))
