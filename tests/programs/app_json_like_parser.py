# A recursive-descent JSON parser and serializer (no json module), with error positions.

class ParseError(ValueError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at offset {pos}")
        self.pos = pos


class Parser:
    WS = " \t\r\n"

    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise ParseError(msg, self.i)

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in self.WS:
            self.i += 1

    def peek(self):
        self.ws()
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.error(f"expected {ch!r}, got {self.peek()!r}")
        self.i += 1

    def parse(self):
        v = self.value()
        if self.peek():
            self.error("trailing data")
        return v

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        self.error("unexpected " + (repr(ch) if ch else "end of input"))

    def obj(self):
        self.expect("{")
        out = {}
        if self.peek() == "}":
            self.i += 1
            return out
        while True:
            if self.peek() != '"':
                self.error("object key must be a string")
            k = self.string()
            self.expect(":")
            out[k] = self.value()
            if self.peek() == ",":
                self.i += 1
                continue
            self.expect("}")
            return out

    def arr(self):
        self.expect("[")
        out = []
        if self.peek() == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            if self.peek() == ",":
                self.i += 1
            else:
                self.expect("]")
                return out

    def string(self):
        self.expect('"')
        buf = []
        esc = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/", "\\": "\\", '"': '"'}
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            ch = self.s[self.i]
            self.i += 1
            if ch == '"':
                return "".join(buf)
            if ch == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    buf.append(chr(int(self.s[self.i:self.i + 4], 16)))
                    self.i += 4
                elif e in esc:
                    buf.append(esc[e])
                else:
                    self.error(f"bad escape \\{e}")
            else:
                buf.append(ch)

    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in ".eE+-"):
            self.i += 1
        text = self.s[start:self.i]
        try:
            return int(text)
        except ValueError:
            return float(text)


def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(x, indent, level + 1) for k, x in v.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")


DOC = '''
{
  "name": "pyjit",
  "version": [0, 1, 2],
  "ratio": 0.125, "big": 123456789012345678901234567890, "neg": -4.5e-3,
  "nested": {"a": [], "b": {}, "c": [true, false, null], "d": "tab\\there \\u00e9\\u4e2d"},
  "quote": "she said \\"hi\\"\\n"
}
'''

doc = Parser(DOC).parse()
print(doc)
print(sorted(doc), type(doc["big"]).__name__, doc["big"] * 2)
print(dumps(doc))
print(dumps(doc, indent=2))
again = Parser(dumps(doc, indent=4)).parse()
print(again == doc)
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', '"abc', "tru", "[1] x", "{1: 2}", '"\\q"', ""]:
    try:
        Parser(bad).parse()
    except ParseError as e:
        print(f"{bad!r:12} -> {e} (pos {e.pos})")
print(isinstance(ParseError("x", 0), ValueError))
print(dumps([1.5, 1e100, -0.0, 10 ** 30, "é"]))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
dumps(object())
