# Comparisons whose operands compiled code cannot type (items of tuples, values from lists
# of mixed things): ints are compared in place, everything else as the interpreter does.


def count_matches(pairs, target):
    hits = 0
    for p in pairs:
        if p[0] == target:
            hits += 1
        if p[1] < p[0]:
            hits += 10
        if p[0] != p[1]:
            hits += 100
        if p[1] >= target:
            hits += 1000
    return hits


ints = [(i % 7, i % 5) for i in range(2000)]
print(count_matches(ints, 3))
mixed = [(i % 7, (i % 5) * 0.5) for i in range(2000)]
print(count_matches(mixed, 3))
big = [(2**64 + i % 3, i % 2) for i in range(2000)]
print(count_matches(big, 2**64 + 1))
flags = [(i % 2 == 0, i % 3 == 0) for i in range(2000)]
print(count_matches(flags, True))
strs = [(str(i % 4), str(i % 3)) for i in range(2000)]
print(count_matches(strs, "2"))
extremes = [(-(2**63), 2**63 - 1), (2**63 - 1, -(2**63)), (0, -1)] * 700
print(count_matches(extremes, -(2**63)))
try:
    count_matches([(1, 2)] * 1500 + [(1, "x")], 1)
except TypeError as e:
    print("TypeError:", e)
