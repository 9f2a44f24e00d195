# Calculator: tokenizer + Pratt parser + AST evaluation with variables, functions and errors.
import math


class CalcError(Exception):
    pass


class Num:
    def __init__(self, v):
        self.v = v

    def eval(self, env):
        return self.v

    def __repr__(self):
        return repr(self.v)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise CalcError(f"undefined variable {self.name}") from None

    def __repr__(self):
        return self.name


class BinOp:
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a / b,
        "//": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "^": lambda a, b: a ** b,
    }

    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r

    def eval(self, env):
        a, b = self.l.eval(env), self.r.eval(env)
        try:
            return self.OPS[self.op](a, b)
        except ZeroDivisionError as e:
            raise CalcError(f"division by zero in {self!r}") from e

    def __repr__(self):
        return f"({self.l!r} {self.op} {self.r!r})"


class Neg:
    def __init__(self, e):
        self.e = e

    def eval(self, env):
        return -self.e.eval(env)

    def __repr__(self):
        return f"-{self.e!r}"


class Call:
    FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "abs": abs, "max": max, "min": min,
             "log": math.log, "fact": math.factorial, "hyp": math.hypot}

    def __init__(self, name, args):
        self.name, self.args = name, args

    def eval(self, env):
        f = self.FUNCS.get(self.name)
        if f is None:
            raise CalcError(f"unknown function {self.name}()")
        vals = [a.eval(env) for a in self.args]
        try:
            return f(*vals)
        except (ValueError, TypeError) as e:
            raise CalcError(f"{self.name}{tuple(vals)}: {e}") from e

    def __repr__(self):
        return f"{self.name}({', '.join(map(repr, self.args))})"


def tokenize(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            yield ("num", float(text) if "." in text else int(text))
            i = j
        elif c.isalpha():
            j = i
            while j < len(s) and s[j].isalnum():
                j += 1
            yield ("name", s[i:j])
            i = j
        elif s.startswith("//", i):
            yield ("op", "//")
            i += 2
        elif c in "+-*/%^(),=":
            yield ("op", c)
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    yield ("end", None)


BP = {"+": 10, "-": 10, "*": 20, "/": 20, "//": 20, "%": 20, "^": 30}


class Parser:
    def __init__(self, text):
        self.toks = list(tokenize(text))
        self.pos = 0

    def peek(self):
        return self.toks[self.pos]

    def next(self):
        t = self.toks[self.pos]
        self.pos += 1
        return t

    def expect(self, val):
        kind, v = self.next()
        if v != val:
            raise CalcError(f"expected {val!r} but found {v!r}")

    def expr(self, rbp=0):
        kind, v = self.next()
        if kind == "num":
            left = Num(v)
        elif kind == "name":
            if self.peek() == ("op", "("):
                self.next()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                left = Call(v, args)
            else:
                left = Var(v)
        elif (kind, v) == ("op", "-"):
            left = Neg(self.expr(25))
        elif (kind, v) == ("op", "("):
            left = self.expr()
            self.expect(")")
        else:
            raise CalcError(f"unexpected {v!r}")
        while True:
            kind, op = self.peek()
            if kind != "op" or op not in BP or BP[op] <= rbp:
                break
            self.next()
            right = self.expr(BP[op] - 1 if op == "^" else BP[op])
            left = BinOp(op, left, right)
        return left


def run_line(line, env):
    if "=" in line:
        name, _, rhs = line.partition("=")
        name = name.strip()
        if not name.isidentifier():
            raise CalcError(f"cannot assign to {name!r}")
        tree = Parser(rhs).expr()
        env[name] = tree.eval(env)
        return name, tree, env[name]
    p = Parser(line)
    tree = p.expr()
    if p.peek()[0] != "end":
        raise CalcError(f"trailing input {p.peek()[1]!r}")
    return "_", tree, tree.eval(env)


env = {"pi": math.pi, "e": math.e}
lines = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 // 2 + 7 % 3 - 7 / 2",
    "x = 10", "y = x * 2.5", "hyp(3, 4) + sqrt(16)", "max(x, y, 3) - min(1, 2)",
    "sin(pi / 6) + cos(0)", "fact(25)", "2 ^ 100", "log(e ^ 3)", "x / (y - 25)",
    "sqrt(-1)", "foo(1)", "z + 1", "1 +", "3 $ 4", "(1 + 2", "1 2", "3 = 4", "fact(2.5)",
    "1.5 * 4", "abs(-7) ^ 0.5",
]
for ln in lines:
    try:
        name, tree, val = run_line(ln, env)
        shown = f"{val:.6g}" if isinstance(val, float) else str(val)
        print(f"{ln:<28} {name} = {shown:<34} {tree!r}")
    except CalcError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{ln:<28} error: {e}{cause}")
print(sorted((k, v) for k, v in env.items() if k not in ("pi", "e")))
run_line("1 / 0", env)
