# match: sequence patterns: lists, tuples, ranges, star sub-patterns, nesting; str, bytes,
# bytearray, dicts, sets and iterators are not sequences.


def shape(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"


for s in [[], [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5), range(4), range(0), range(10, 13)]:
    print(repr(s), "->", shape(s))

# Not sequences for matching.
for s in ["ab", "a", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, frozenset([1]), iter([1, 2]), 12, None]:
    print(repr(s) if not hasattr(s, "__next__") else "iterator", "->", shape(s))


# The star captures a list, always.
def star(s):
    match s:
        case [*head, 0]:
            return ("ends with 0", head)
        case (0, *tail):
            return ("starts with 0", tail)
        case [*everything]:
            return ("all", everything)


for s in [(1, 2, 0), [0, 1, 2], (5, 6), (), [0]]:
    print(s, star(s))


# Star wildcards read items by index (the subject needs no negative indexing).
def ends(s):
    match s:
        case [a, *_, z]:
            return a, z
        case [*_, z]:
            return "last", z
        case [*_]:
            return "empty"


for s in [[1, 2, 3, 4], (7,), [], range(5, 10)]:
    print(s, ends(s))


# Nested sequences and literals inside.
def nested(s):
    match s:
        case [[0, 0], [x, y]]:
            return f"from origin to {x},{y}"
        case [(a, b), *rest] if a == b:
            return f"diagonal start {a}, {len(rest)} more"
        case [[*inner], *_] if len(inner) > 2:
            return f"long first {inner}"
        case [1, [2, [3, deep]]]:
            return f"deep {deep}"
        case _:
            return "no"


for s in [[[0, 0], [3, 4]], [(2, 2), 1, 2], [[1, 2, 3]], [1, [2, [3, 4]]], [1, [2, [3]]], [[1, 2]]]:
    print(s, nested(s))


# Sequence subclasses work; their __len__ and __getitem__ are used.
class MyList(list):
    pass


class Tracking(list):
    def __len__(self):
        print("  len called")
        return super().__len__()


match MyList([1, 2, 3]):
    case [a, b, c]:
        print("MyList", a, b, c)

match Tracking([1, 2]):
    case [a, b, c]:
        print("no")
    case [a, b]:
        print("Tracking", a, b)


class Point(tuple):
    pass


match Point((3, 4)):
    case (x, y):
        print("tuple subclass", x, y)

# Tuple and list patterns are the same thing.
match [1, 2]:
    case (1, 2):
        print("list matched by a tuple pattern")
match (1, 2):
    case [1, 2]:
        print("tuple matched by a list pattern")

# Parenthesised single pattern is not a sequence; a trailing comma makes one.
match 5:
    case (x):
        print("group", x)
match [5]:
    case (x,):
        print("1-tuple pattern", x)

# Length mismatches.
for s in [[1, 2, 3], [1]]:
    match s:
        case [_, _]:
            print("two items")
        case [_, _, _, *_]:
            print("at least three")
        case _:
            print("other", s)

# Captures inside or-patterns in sequences, reordered alternatives.
for s in [[1, "a"], ["b", 2], [3, 3]]:
    match s:
        case [int(n), str(t)] | [str(t), int(n)]:
            print("int", n, "str", t)
        case _:
            print("neither", s)

# A big sequence pattern.
match list(range(10)):
    case [0, 1, 2, 3, 4, *rest, 8, 9]:
        print("rest", rest)


# Only collections.abc (through abc.ABCMeta) makes other classes sequences or mappings: a
# class that merely has __len__/__getitem__, or sets __abc_tpflags__ itself, is neither.
class ABCMeta(type):
    pass


class Lookalike:
    __abc_tpflags__ = 1 << 5

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return [10, 20][i]


class MetaLookalike(Lookalike, metaclass=ABCMeta):
    pass


class MapLookalike(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 6

    def keys(self):
        return ["a"]

    def __getitem__(self, k):
        return 1

    def __len__(self):
        return 1


for obj in [Lookalike(), MetaLookalike(), MapLookalike()]:
    match obj:
        case [a, b]:
            print("sequence?", a, b)
        case {"a": v}:
            print("mapping?", v)
        case _:
            print(type(obj).__name__, "is neither")
