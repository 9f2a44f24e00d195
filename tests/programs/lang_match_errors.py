# match: run-time TypeErrors of class patterns and the compile-time SyntaxErrors, with
# CPython's messages.


class NoArgs:
    pass


class OneArg:
    __match_args__ = ("a",)
    a = 1


class ListArgs:
    __match_args__ = ["a"]


class BadNames:
    __match_args__ = ("a", 2)
    a = 1


def attempt(label, f):
    try:
        f()
        print(label, "matched or fell through")
    except Exception as e:
        print(label, type(e).__name__, e)


def no_args():
    match NoArgs():
        case NoArgs(x):
            print("no")


def two_given():
    match OneArg():
        case OneArg(x, y):
            print("no")


def list_args():
    match ListArgs():
        case ListArgs(x):
            print("no")


def bad_names():
    match BadNames():
        case BadNames(a, b):
            print("no")


def not_a_type():
    not_type = len
    match 1:
        case not_type():
            print("no")


def self_two():
    match 5:
        case int(a, b):
            print("no")


def repeated_positional_keyword():
    match OneArg():
        case OneArg(x, a=y):
            print("no")


def error_in_getattr():
    class Angry:
        __match_args__ = ("v",)

        @property
        def v(self):
            raise RuntimeError("no v for you")

    match Angry():
        case Angry(v):
            print("no")


def error_in_eq():
    class BadEq:
        def __eq__(self, other):
            raise ZeroDivisionError("eq failed")

    match BadEq():
        case 1:
            print("no")


def not_instance_first():
    # The isinstance check comes before __match_args__ is looked at.
    match "str":
        case ListArgs(x):
            print("no")


def error_in_len():
    class BadLen(list):
        def __len__(self):
            raise OSError("len failed")

    match BadLen([1]):
        case [x]:
            print("no")


for name, f in list(globals().items()):
    if callable(f) and name not in ("attempt",) and not isinstance(f, type):
        attempt(name, f)

# The exception leaves the match in the middle; an enclosing handler sees a sane stack.
def cleanup():
    results = []
    for subject in [OneArg(), NoArgs(), 3]:
        try:
            match subject:
                case [1, 2]:
                    results.append("seq")
                case NoArgs(z):
                    results.append("noargs")
                case OneArg(q):
                    results.append(("onearg", q))
                case _:
                    results.append("other")
        except TypeError as e:
            results.append(str(e))
    return results


print(cleanup())

# Compile-time errors.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case 1 | z:\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case (w as v):\n        pass\n    case 2:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case [a, b] | [a, c]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: _, 1.0: _}:\n        pass\n",
    "match x:\n    case {True: _, 1: _}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case (1 | y) | 2:\n        pass\n",
    "match x:\n    case [a, (b | a)]:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case [b] | [a, c]:\n        pass\n",
    "match x:\n    case [a, ([a] | [a])]:\n        pass\n",
    "match x:\n    case (a as a):\n        pass\n",
    "match x:\n    case 1+1:\n        pass\n",
    "match x:\n    case {1+1: y}:\n        pass\n",
    "match x:\n    case -1j+1j:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
]
for src in sources:
    try:
        exec(src, {"x": 1, "C": OneArg})
        print("compiled and ran")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "at", e.lineno, e.offset)
