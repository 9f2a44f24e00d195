# match: literal values (==), singletons (is), captures, wildcards, or-patterns, guards.


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"


for v in [0, 1, 2, 3, -1, 1.5, 2 + 3j, "hello", b"raw", None, True, False, 0.0, 3.0, 4, "x", [], 1.0]:
    print(repr(v), describe(v))

# True matches only True (identity), while 1 == True: the literal 1 catches True first.
match True:
    case 1:
        print("True matched 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")


# Value patterns: dotted names compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"


class Mod:
    class Inner:
        LIMIT = 10


def color_name(c):
    match c:
        case Color.RED:
            return "R"
        case Color.GREEN | Color.BLUE:
            return "G or B"
        case Mod.Inner.LIMIT:
            return "limit"
        case other:
            return f"unknown {other!r}"


for c in ["red", "green", "blue", 10, "pink"]:
    print(c, color_name(c))


# A value pattern compares with ==, so the subject's __eq__ runs.
class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  __eq__", self.v, other)
        return self.v == other


match Loud(5):
    case 4:
        print("four")
    case 5:
        print("five")


# Guards, and the capture staying bound after a failed guard.
def sign(n):
    match n:
        case x if x < 0:
            return f"negative {x}"
        case x if x == 0:
            return "zero"
        case x:
            return f"positive {x}"


for n in [-3, 0, 7]:
    print(sign(n))

y = "unset"
match 5:
    case y if y > 100:
        print("big")
    case _:
        print("guard failed, y =", y)

# A failed pattern binds nothing.
a = b = "unset"
match [1, 2]:
    case [a, 3]:
        print("no")
    case [b, 2] if False:
        print("no")
    case _:
        print("a =", a, "b =", b)

# The subject is evaluated once.
calls = 0


def subject():
    global calls
    calls += 1
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three, subject evaluated", calls, "time(s)")

# No case matches: nothing happens.
match 42:
    case 1:
        print("no")
print("after unmatched")

# Wildcard alone, and a guard on the last wildcard case.
match "anything":
    case _:
        print("wildcard")
for v in [1, 2]:
    match v:
        case 1:
            print("one")
        case _ if v > 5:
            print("big")
print("done")

# Or-pattern of captures in a guard context, as-patterns.
for v in [1, 2, 3, "x"]:
    match v:
        case (1 | 2) as small:
            print("small", small)
        case int() | str() as thing:
            print("thing", repr(thing))

# Walrus in a guard, match inside loops with break/continue.
for v in range(6):
    match v:
        case 0:
            continue
        case 4:
            break
        case n if (sq := n * n) > 3:
            print("square", sq)
        case _:
            print("v", v)
print("loop done")
