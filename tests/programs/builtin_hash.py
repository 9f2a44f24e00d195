# hash of ints, bools, tuples, frozensets of ints; unhashable types
for v in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64, -(2 ** 61), 10 ** 20, -(10 ** 20), True, False]:
    print(v, hash(v))
print(hash(1.0), hash(2.5), hash(-0.0), hash(0.5), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(float('-inf')))
print(hash((1, 2, 3)), hash((-1,)), hash(((1,), 2)), hash((True, 0)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(None) == hash(None), hash(range(0)) == hash(range(5, 5)))
for bad in [[], {}, set(), bytearray(b'x'), ([],), slice(1, 2) if False else {1: 2}]:
    try:
        print(hash(bad))
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
print(hash(H(5)), hash(H(-1)), hash(H(2 ** 70)), len({H(1), H(1), H(2)}), H(3) in {H(3): 'x'})
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print((1).__hash__(), (2 ** 100).__hash__(), hash(-(2 ** 100)))
