# Tiny compiler + stack VM for arithmetic expressions with variables
class CompileError(Exception):
    pass

class VMError(Exception):
    pass

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif ch in "+-*/%()=^,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CompileError(f"bad character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens

PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "^": (3, "R")}
OPNAMES = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "^": "POW"}

class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
        self.code = []

    def peek(self):
        return self.toks[self.pos]

    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take()[1]
            self.take()
            self.expr(0)
            self.code.append(("STORE", name))
        else:
            self.expr(0)
            self.code.append(("PRINT",))
        if self.peek()[0] != "end":
            raise CompileError(f"unexpected {self.peek()[1]!r}")
        return self.code

    def atom(self):
        kind, val = self.take()
        if kind == "num":
            self.code.append(("PUSH", val))
        elif kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                nargs = 0
                while self.peek() != ("op", ")"):
                    self.expr(0)
                    nargs += 1
                    if self.peek() == ("op", ","):
                        self.take()
                self.take()
                self.code.append(("CALL", val, nargs))
            else:
                self.code.append(("LOAD", val))
        elif (kind, val) == ("op", "("):
            self.expr(0)
            if self.take() != ("op", ")"):
                raise CompileError("expected ')'")
        elif (kind, val) == ("op", "-"):
            self.atom()
            self.code.append(("NEG",))
        else:
            raise CompileError(f"unexpected token {val!r}")

    def expr(self, min_prec):
        self.atom()
        while True:
            kind, val = self.peek()
            if kind != "op" or val not in PREC or PREC[val][0] < min_prec:
                break
            prec, assoc = PREC[val]
            self.take()
            self.expr(prec + 1 if assoc == "L" else prec)
            self.code.append((OPNAMES[val],))

FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}

def run(code, env, out):
    stack = []
    for pc, ins in enumerate(code):
        op = ins[0]
        if op == "PUSH":
            stack.append(ins[1])
        elif op == "LOAD":
            if ins[1] not in env:
                raise VMError(f"pc={pc}: undefined variable {ins[1]}")
            stack.append(env[ins[1]])
        elif op == "STORE":
            env[ins[1]] = stack.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "NEG":
            stack.append(-stack.pop())
        elif op == "CALL":
            args = [stack.pop() for _ in range(ins[2])][::-1]
            if ins[1] not in FUNCS:
                raise VMError(f"pc={pc}: unknown function {ins[1]}")
            stack.append(FUNCS[ins[1]](*args))
        else:
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError(f"pc={pc}: division by zero")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                          "MOD": a % b if op == "MOD" else 0, "POW": a ** b if op == "POW" else 0}[op])
    return stack

PROGRAM = ["x = 2 + 3 * 4", "y = (x - 4) ^ 2 ^ 1", "x * y - -7", "2 ^ 3 ^ 2", "max(x, y, 100) % 7",
           "sum(1, 2, 3, abs(-4))", "z + 1", "10 / (x - 14)", "3 + * 4", "4 $ 4", "(1 + 2", "nope(1)",
           "big = 2 ^ 100", "big / 3 ^ 40", "-x % 5"]
env, out = {}, []
for line in PROGRAM:
    try:
        code = Parser(tokenize(line)).statement()
        left = run(code, env, out)
        shown = " ".join(":".join(str(p) for p in ins) for ins in code)
        print(f"{line:<24} => {shown}")
        if out:
            print("   output:", out.pop(), "| leftover:", left)
    except (CompileError, VMError) as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
