# On-stack replacement: a function called once with a long loop is entered in compiled code
# at its loop header, carrying the locals the interpreter had; state set before the loop and
# changed after it stays right.

def once(n):
    before = 3
    f = 0.5
    name = "kept"
    items = [1, 2, 3]
    total = 0
    for i in range(n):
        total += i * before
        f = f * 1.0000001 + 0.25
    after = total - before
    return total, round(f, 6), name, items, after


print(once(100000))


def nested(n):
    acc = 0
    for i in range(n):
        j = 0
        while j < i % 17:
            acc += j ^ i
            j += 1
    return acc


print(nested(20000))


def while_true():
    i = 0
    x = 1.0
    while True:
        i += 1
        x += 1.0 / i
        if i >= 50000:
            break
    return i, x


print(while_true())


def loop_else(n):
    for i in range(n):
        if i == n + 1:
            break
    else:
        return "no break", i
    return "break"


print(loop_else(5000))


def locals_seen(n):
    a = 1
    b = 2.0
    for i in range(n):
        a += 1
        b *= 1.0
    return sorted(locals().items())


print(locals_seen(3000))
