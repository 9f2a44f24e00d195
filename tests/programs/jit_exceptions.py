# Exceptions raised in compiled code: a zero divisor, an unbound local, a failed check
# inside a nested loop; caught by the caller or by a handler in the same function, with the
# same traceback as the interpreter.


def divide_all(n, d):
    total = 0
    for i in range(n):
        total += i // d
        d -= 1
    return total


def inner_guard(n):
    found = []
    for i in range(n):
        for j in range(n):
            x = i * j
            if x == 1369:
                found.append((i, j))
                x = x / 0.0
    return found


def local_then_use(n):
    s = 0
    for i in range(n):
        if i == n - 1:
            del s
        else:
            s += i
    return s


for f, args in [(divide_all, (3000, 1000)), (inner_guard, (60,)), (local_then_use, (1500,))]:
    try:
        print(f(*args))
    except Exception as e:
        print("caught", type(e).__name__, e)
        print("at line", e.__traceback__.tb_next.tb_lineno)


def handled(n):
    out = 0
    for i in range(n):
        try:
            out += 100 // (i % 7)
        except ZeroDivisionError:
            out -= 1
    return out


print(handled(5000))
divide_all(2000, 1500)
