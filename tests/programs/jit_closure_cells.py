# Closure variables read in hot loops: compiled code reads a cell's value in place; an
# unbound cell raises the interpreter's error, a cell rebound by an inner function is read
# anew, and values that are objects keep their references.


def spline_like(points, loops):
    # Comprehensions capture `k` and `p` in cells, as chaos's Spline.__call__ does.
    total = 0
    for step in range(loops):
        p = step % 3
        k = step % 5
        d = [points[j + k - p] for j in range(p + 1)]
        total += len(d) + d[-1] + k + p
    return total


def counter(loops):
    count = 0

    def bump():
        nonlocal count
        count += 1

    seen = 0
    for _ in range(loops):
        bump()
        seen += count  # rebound by bump(): read anew each time
    return count, seen


def objects(loops):
    box = [0]
    items = []

    def grow():
        nonlocal box
        box = box + [len(box)]

    for i in range(loops):
        items.append(box)  # the list in the cell, referenced from `items` too
        if i % 100 == 0:
            grow()
    return len(items), len(items[-1]), items[0], sum(len(b) for b in items)


def unbound(loops):
    # `inner` gets hot while `late` is unbound: every read raises, from compiled code too.
    def inner():
        return late

    misses = 0
    message = None
    for i in range(loops):
        try:
            misses -= inner()
        except NameError as e:
            misses += 1
            message = str(e)
    print("NameError:", message, misses)
    late = 1
    return sum(inner() for _ in range(loops))


def shadow_float(loops):
    scale = 0.5

    def get():
        return scale

    total = 0.0
    for i in range(loops):
        total += scale * i
        if i == loops // 2:
            scale = 2  # the cell now holds an int
    return total, get()


print(spline_like(list(range(20)), 3000))
print(counter(3000))
print(objects(3000))
print(unbound(3000))
print(shadow_float(3000))
