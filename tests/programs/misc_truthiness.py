# truthiness of every builtin type
vals = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), float('inf'), 10 ** 100, '', ' ', '0', 'False', b'', b'\x00', bytearray(), bytearray(1),
        [], [0], [[]], (), (0,), ((),), {}, {0: 0}, set(), {0}, frozenset(), frozenset({0}), None, True, False, range(0), range(1), range(5, 5), range(5, 6)]
for v in vals:
    print(repr(v), bool(v), not v, 'yes' if v else 'no')
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)), bool(WithBool()), len(WithBool()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if WithLen(-1):
        pass
except ValueError as e:
    print(type(e).__name__, e)
count = 0
for v in vals:
    if v:
        count += 1
print(count, len(vals), sum(1 for v in vals if not v), any(vals), all(vals))
x = [] or {} or 0 or None
print(x, [] and 1, [1] and 2)
while_count = 3
while while_count:
    while_count -= 1
print(while_count)
