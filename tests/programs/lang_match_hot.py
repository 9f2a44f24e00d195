# match: a match inside hot functions and loops, so compiled code runs (and leaves to the
# interpreter at) the pattern-matching instructions.


class Vec:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def classify(v):
    match v:
        case 0:
            return 0
        case int(n) if n < 0:
            return 1
        case int():
            return 2
        case [a, b]:
            return 3 + a + b
        case (a, *rest):
            return 10 + len(rest)
        case {"k": k}:
            return 20 + k
        case Vec(0, y):
            return 30 + y
        case Vec(x, y):
            return 40 + x * y
        case str() | bytes():
            return 50
        case _:
            return 99


subjects = [0, -5, 7, [1, 2], (1, 2, 3), {"k": 4}, Vec(0, 3), Vec(2, 3), "s", b"b", None, 2.5]
total = 0
counts = {}
for i in range(3000):
    s = subjects[i % len(subjects)]
    r = classify(s)
    total += r
    counts[r] = counts.get(r, 0) + 1
print(total)
print(sorted(counts.items()))


def loop_match(n):
    # A match inside a hot loop, over ints (the JIT's own types).
    acc = 0
    for i in range(n):
        match i % 5:
            case 0:
                acc += 1
            case 1 | 2:
                acc += i
            case k if k > 3:
                acc -= k
            case _:
                acc *= 1
    return acc


print(loop_match(10000))
for _ in range(200):
    loop_match(50)
print(loop_match(123))


def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        match (i % 3, i % 5):
            case (0, 0):
                out.append("FizzBuzz")
            case (0, _):
                out.append("Fizz")
            case (_, 0):
                out.append("Buzz")
            case _:
                out.append(str(i))
    return out


for _ in range(300):
    r = fizzbuzz(30)
print(" ".join(r))


def bindings(n):
    # Captures stored in fast locals, used after the match.
    s = 0
    for i in range(n):
        match [i, i + 1, i + 2]:
            case [a, *mid, c] if a % 2:
                s += a + c + len(mid)
            case [a, b, _]:
                s += b - a
    return s


print(bindings(5000))


def errors(n):
    caught = 0
    for i in range(n):
        try:
            match Vec(i, i):
                case Vec(a, b, c):
                    pass
        except TypeError:
            caught += 1
    return caught


print(errors(10))
for _ in range(100):
    errors(30)
print(errors(3000))
