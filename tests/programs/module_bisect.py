# The bisect module: searches, insertion, lo/hi/key, and the error cases.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_right(a, 2, hi=-1))
print(bisect.bisect_right(a, 2, lo=1, hi=4), bisect.bisect_left(a, 5, hi=None))
print(bisect.bisect_right(a, 2, hi=-3), bisect.bisect_left([], 1))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 0)
print(b)

# key applies to the elements; insort applies it to x as well.
records = [("ann", 3), ("bob", 5), ("cy", 5), ("dee", 9)]
print(bisect.bisect_left(records, 5, key=lambda r: r[1]))
print(bisect.bisect_right(records, 5, key=lambda r: r[1]))
bisect.insort(records, ("eve", 5), key=lambda r: r[1])
bisect.insort_left(records, ("fay", 5), key=lambda r: r[1])
print(records)

# Any sequence works: tuples, strings, ranges, user classes with __len__/__getitem__.
print(bisect.bisect_left((1, 3, 5, 7), 4), bisect.bisect("acegik", "f"))
print(bisect.bisect_left(range(0, 100, 3), 50))


class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        print("  get", i)
        return i * i


print(bisect.bisect_left(Squares(10), 30))


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V(" + ".".join(map(str, self.parts)) + ")"


vs = [Version(s) for s in ["1.0", "1.2", "1.10", "2.0"]]
bisect.insort(vs, Version("1.9"))
print(vs)


class Log(list):
    def insert(self, i, x):
        print("  insert", i, x)
        super().insert(i, x)


log = Log([1, 3])
bisect.insort(log, 2)
print(log)

# Grades, the classic example from the documentation.
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

for call in [
    lambda: bisect.bisect_right([1], 1, -1),
    lambda: bisect.bisect_right([1], 1, "a"),
    lambda: bisect.bisect_right([1]),
    lambda: bisect.bisect_right([1], 1, 0, 5),
    lambda: bisect.bisect_right(5, 1),
    lambda: bisect.insort(5, 1),
    lambda: bisect.bisect_right([1], 1, foo=2),
    lambda: bisect.bisect_right([1, 2], 1, 1.5),
    lambda: bisect.insort((1, 2), 1),
    lambda: bisect.bisect_right([1], 1, None),
    lambda: bisect.bisect_right([1], 1, 0, 1, None),
    lambda: bisect.bisect_left([1, "a"], 2),
    lambda: bisect.bisect_right([1], x=1, a=[1]),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
