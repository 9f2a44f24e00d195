# A small stack-based virtual machine with an assembler, labels, calls and a disassembler.

class VMError(Exception):
    def __init__(self, msg, pc=None):
        self.pc = pc
        super().__init__(msg if pc is None else f"{msg} (pc={pc})")


OPCODES = {
    "push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "dup": 0, "swap": 0,
    "over": 0, "jmp": 1, "jz": 1, "jnz": 1, "call": 1, "ret": 0, "load": 1, "store": 1, "print": 0,
    "eq": 0, "lt": 0, "halt": 0, "not": 0,
}


def assemble(src):
    labels = {}
    prog = []
    for lineno, raw in enumerate(src.strip().splitlines(), 1):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        op, *args = line.split()
        if op not in OPCODES:
            raise VMError(f"line {lineno}: unknown opcode {op!r}")
        if len(args) != OPCODES[op]:
            raise VMError(f"line {lineno}: {op} takes {OPCODES[op]} argument(s), got {len(args)}")
        prog.append((op, *args))
    out = []
    for op, *args in prog:
        if args:
            a = args[0]
            if op in ("jmp", "jz", "jnz", "call"):
                if a not in labels:
                    raise VMError(f"undefined label {a!r}")
                a = labels[a]
            elif op == "push":
                a = int(a, 0)
            out.append((op, a))
        else:
            out.append((op,))
    return out, labels


class VM:
    def __init__(self, program, max_steps=100000):
        self.prog = program
        self.stack = []
        self.calls = []
        self.mem = {}
        self.out = []
        self.steps = 0
        self.max_steps = max_steps
        self.profile = {}

    def pop(self, pc):
        if not self.stack:
            raise VMError("stack underflow", pc)
        return self.stack.pop()

    def run(self):
        pc = 0
        binops = {
            "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
            "div": lambda a, b: a // b, "mod": lambda a, b: a % b, "eq": lambda a, b: int(a == b),
            "lt": lambda a, b: int(a < b),
        }
        while pc < len(self.prog):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError("step limit exceeded", pc)
            op, *args = self.prog[pc]
            self.profile[op] = self.profile.get(op, 0) + 1
            pc += 1
            if op in binops:
                b, a = self.pop(pc), self.pop(pc)
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError:
                    raise VMError("division by zero", pc - 1) from None
            elif op == "push":
                self.stack.append(args[0])
            elif op == "pop":
                self.pop(pc)
            elif op == "dup":
                v = self.pop(pc)
                self.stack += [v, v]
            elif op == "swap":
                b, a = self.pop(pc), self.pop(pc)
                self.stack += [b, a]
            elif op == "over":
                self.stack.append(self.stack[-2])
            elif op == "not":
                self.stack.append(int(not self.pop(pc)))
            elif op == "jmp":
                pc = args[0]
            elif op == "jz":
                if self.pop(pc) == 0:
                    pc = args[0]
            elif op == "jnz":
                if self.pop(pc) != 0:
                    pc = args[0]
            elif op == "call":
                self.calls.append(pc)
                pc = args[0]
            elif op == "ret":
                if not self.calls:
                    raise VMError("return outside call", pc - 1)
                pc = self.calls.pop()
            elif op == "load":
                self.stack.append(self.mem.get(args[0], 0))
            elif op == "store":
                self.mem[args[0]] = self.pop(pc)
            elif op == "print":
                self.out.append(self.pop(pc))
            elif op == "halt":
                break
        return self.out


def disassemble(prog, labels):
    names = {v: k for k, v in labels.items()}
    lines = []
    for i, ins in enumerate(prog):
        label = f"{names[i]}:" if i in names else ""
        arg = "" if len(ins) == 1 else (names.get(ins[1], ins[1]) if ins[0] in ("jmp", "jz", "jnz", "call") else ins[1])
        lines.append(f"{label:<8}{i:04d}  {ins[0]:<6}{arg}")
    return "\n".join(lines)


FACT = """
    push 20
    store n
    push 1
    store acc
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 0x10
    call square
    print
    halt
square:   ; squares top of stack
    dup
    mul
    ret
"""
prog, labels = assemble(FACT)
print(disassemble(prog, labels))
vm = VM(prog)
print(vm.run(), vm.steps, sorted(vm.profile.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
FIB = "push 0\nstore a\npush 1\nstore b\npush 30\nstore k\nl:\nload a\nprint\nload a\nload b\ndup\nstore a\nadd\nstore b\nload k\npush 1\nsub\ndup\nstore k\njnz l\n"
vm2 = VM(assemble(FIB)[0])
print(vm2.run()[-5:], vm2.mem, vm2.steps)
bad_programs = ["push 1\nadd", "push 1\npush 0\ndiv", "frob 3", "push", "jmp nowhere", "ret", "l:\njmp l"]
for src in bad_programs:
    try:
        VM(assemble(src)[0], max_steps=500).run()
    except VMError as e:
        print(f"{src.splitlines()[0]!r:14} -> VMError: {e} [pc={e.pc}]")
VM(assemble("push 5\npush 0\nmod")[0]).run()
