# small application: tokenizer + recursive-descent calculator with variables and functions
import math

class CalcError(Exception):
    pass

class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value!r}@{self.pos}"

def tokenize(src):
    toks, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] in "._"):
                j += 1
            text = src[i:j]
            toks.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            toks.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i) or src.startswith("//", i):
            toks.append(Token("op", src[i:i + 2], i)); i += 2
        elif ch in "+-*/%(),=^":
            toks.append(Token("op", ch, i)); i += 1
        else:
            raise CalcError(f"unexpected {ch!r} at {i}")
    toks.append(Token("eof", None, len(src)))
    return toks

FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor, "hyp": math.hypot}

class Parser:
    def __init__(self, toks, env):
        self.toks, self.i, self.env = toks, 0, env
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise CalcError(f"expected {value!r}, got {t.value!r} at {t.pos}")
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            val = self.expr()
            self.env[name] = val
            return val
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.unary()
        while self.peek().value in ("*", "/", "//", "%"):
            op = self.take().value
            r = self.unary()
            try:
                v = {"*": lambda: v * r, "/": lambda: v / r, "//": lambda: v // r, "%": lambda: v % r}[op]()
            except ZeroDivisionError as e:
                raise CalcError(f"division by zero ({op})") from e
        return v
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        if self.peek().value == "+":
            self.take()
            return +self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value in ("**", "^"):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = []
                if self.peek().value != ")":
                    args.append(self.expr())
                    while self.peek().value == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                if t.value not in FUNCS:
                    raise CalcError(f"unknown function {t.value}")
                return FUNCS[t.value](*args)
            if t.value not in self.env:
                raise CalcError(f"undefined variable {t.value}")
            return self.env[t.value]
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise CalcError(f"unexpected token {t!r}")

def run(lines):
    env = {"pi": math.pi}
    for line in lines:
        try:
            toks = tokenize(line)
            result = Parser(toks, env).statement()
            shown = f"{result:.6g}" if isinstance(result, float) else str(result)
            print(f"{line:<28} => {shown}")
        except CalcError as e:
            cause = f" (cause: {type(e.__cause__).__name__})" if e.__cause__ else ""
            print(f"{line:<28} !! {e}{cause}")
    return env

print(tokenize("x = 3 ** 2 // (1_0 - .5)"))
env = run([
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 // 2 - 7 % 3", "-7 // 2", "10 / 4",
    "x = 5", "y = x * 2 + 1", "x * y", "sqrt(16) + max(1, 9, 4)", "hyp(3, 4)", "floor(-2.5)",
    "2 ^ 100", "1 / 0", "5 % 0", "unknown + 1", "foo(1)", "3 + * 4", "(1 + 2", "4 $ 4", "pi * 2",
    "z = min(x, y, -3)", "abs(z) ** 0.5", "1_000_000 * 1_000_000", ".5 + .25",
])
print(sorted((k, round(v, 4) if isinstance(v, float) else v) for k, v in env.items()))
inventory = [("widget", 3, 2.50), ("gadget", 0, 10.0), ("doohickey", 12, 0.75), ("gizmo", 5, 4.2)]
total = 0.0
print(f"{'item':<10}{'qty':>5}{'price':>8}{'value':>9}")
for name, qty, price in sorted(inventory, key=lambda r: -r[1] * r[2]):
    value = qty * price
    total += value
    flag = " (out)" if not qty else ""
    print(f"{name:<10}{qty:>5}{price:>8.2f}{value:>9.2f}{flag}")
print(f"{'total':<23}{total:>9.2f}", f"avg={total / len(inventory):.3f}", f"in stock={sum(1 for r in inventory if r[1])}")
