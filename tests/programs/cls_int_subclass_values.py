# Instances of int subclasses behave as their value: truthiness, and equality with plain ints
# as dict/set keys (re's _NamedIntConstant opcodes rely on both).
class Named(int):
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

zero, one, big = Named(0, 'ZERO'), Named(1, 'ONE'), Named(2 ** 70, 'BIG')
print(bool(zero), bool(one), bool(big), not zero, 'yes' if zero else 'no')
n = 0
while zero:
    n += 1
    break
print(n, [x for x in [zero, one, Named(-0, 'MZ')] if x])
print({0: 'a', 1: 'b'}[zero], {zero: 'z'}[0], {zero: 'z'}.get(False), 1 in {one}, 0 in {zero}, one in {1: 2})
print({2 ** 70: 'big'}[big], {big: 1}.get(2 ** 70), zero == 0, 0 == zero, hash(zero) == hash(0))
d = {zero: 'named'}
d[0] = 'plain'
print(d, len({zero, 0, False}), sorted({one, 1, True, 2}))
print(zero or 'fallback', one and 'both', [zero, one].index(1), (0, 1).count(zero))
