# Truth values of builtins and user objects, in if/while/not/and/or
vals = [0, 1, -1, 0.0, 0.1, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", 0j]
for v in vals:
    print(repr(v), bool(v), "T" if v else "F", not v)
class WithBool:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print("__bool__ called")
        return self.b
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Plain:
    pass
print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), bool(Plain()))
if WithLen(2) and WithBool(False):
    print("no")
else:
    print("else branch")
x = WithBool(False) or "fallback"
print(x)
n = 3
while WithLen(n):
    n -= 1
print("n", n)
try:
    class Bad:
        def __bool__(self): return 1
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    class BadLen:
        def __len__(self): return -1
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
