# `in` over lists and tuples of ints, bools and None (scanned without running Python code),
# and of mixed items, where every __eq__ runs in order, as CPython does.


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  eq", self.v, other)
        return self.v == other


ints = list(range(10))
print(3 in ints, 10 in ints, -1 in ints, True in ints, False in ints, None in ints)
print(1.0 in ints, 2.5 in ints, 2**70 in ints, "3" in ints)
print(3 in tuple(ints), 11 in tuple(ints), True in (0, 2), True in (0, 1), None in (0, None))
print(0 in [False], 1 in [True], 2 in [True], None in [], 5 in ())
mixed = [1, 2, Loud(3), 4, None]
print("4 in mixed")
print(4 in mixed)
print("9 in mixed")
print(9 in mixed)
print("None in mixed")
print(None in mixed)
print("2 in mixed")
print(2 in mixed)
print("floats")
print(3 in [1.5, 3.0], 3 in (1.5, 2.0), 2**53 + 1 in [float(2**53)])
print(10**20 in [10**20], 10**20 in [1, 10**20], [] in [[], 1], (1, 2) in [0, (1, 2)])
