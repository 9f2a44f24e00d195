# t[i] of tuples in compiled code: items read in place (objects with a new reference),
# negative indices from the end, an index out of range raising IndexError, and tuple
# subclasses and other sequences taking the general way.


def pick(rows, n):
    acc = []
    for i in range(n):
        row = rows[i % len(rows)]
        acc.append(row[i % 3])
        acc.append(row[-1 - i % 3])
    return acc


rows = [(1, "a", (2, 3)), ("b", None, 4.5), ([6], 7, "c")]
r = pick(rows, 3000)
print(len(r), r[:12])


class Named(tuple):
    def __getitem__(self, i):
        return ("named", tuple.__getitem__(self, i))


print(pick(rows + [Named((8, 9, 10))], 3000)[-6:])
print(pick(rows + ["xyz", range(5, 8), [1, 2, 3]], 3000)[-12:])


def past_end(t, n):
    k = 0
    for i in range(n):
        k += len(str(t[i]))
    return k


for _ in range(100):
    past_end(("aa", "bbb", "c"), 3)
try:
    past_end(("aa", "bbb", "c"), 4)
except IndexError as e:
    print("IndexError:", e)


def nested(t, n):
    s = 0
    for i in range(n):
        s += t[i % 2][i % 3][0]
    return s


print(nested((((1,), (2,), (3,)), ((4,), (5,), (6,))), 3000))
