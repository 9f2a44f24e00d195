# len() in compiled code: lists are measured in place; tuples, strings, dicts, ranges, bytes
# and user classes through len itself; a bad __len__ or a value without a length raises where
# the call would, with the same traceback.


class L:
    def __len__(self):
        return 3


class Bad:
    def __len__(self):
        return -1


def total(xs):
    t = 0
    for x in xs:
        t += len(x)
    return t


def grow(n):
    out = []
    sizes = 0
    for i in range(n):
        out.append(i)
        sizes += len(out)
    return sizes


data = [[1, 2], (1, 2, 3), "abcd", {1: 2}, L(), range(5), b"xy", set(), [[]]] * 50
for _ in range(30):
    r = total(data)
print(r)
print(grow(1000))
try:
    total(data + [5])
except TypeError as e:
    print("TypeError:", e)
try:
    total([Bad()] + data)
except ValueError as e:
    print("ValueError:", e)
total(data + [None])
