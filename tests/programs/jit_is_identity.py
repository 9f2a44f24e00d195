# `a is b` / `a is not b` in compiled code, decided in place from the values' tags and
# payloads: None, bools, small ints, the same and different objects, and values of
# different types (True is not 1).


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


def walk(head, n):
    counts = [0, 0, 0, 0, 0, 0]
    sentinel = head
    three, one = 3, 1
    for i in range(n):
        node = head
        while node is not None:
            if node is sentinel:
                counts[0] += 1
            if node.nxt is None:
                counts[1] += 1
            node = node.nxt
        flag = i % 2 == 0
        if flag is True:
            counts[2] += 1
        if flag is not False:
            counts[3] += 1
        small = i % 5
        if small is three:  # small ints are cached in CPython too
            counts[4] += 1
        if (i % 2 == 1) is one:  # a bool is never the int 1
            counts[5] += 1
    return counts


chain = Node(Node(Node(None)))
print(walk(chain, 3000))


def same(xs, ys):
    return [x is y for x, y in zip(xs, ys)]


a, b = [1], [1]
for _ in range(300):
    r = same([a, a, None, True, 0, "s", b], [a, b, None, True, False, None, [1]])
print(r)
