# Iterating over different iterables; iterator protocol by hand
for ch in "héllo":
    print(ch, end=" ")
print()
for k in {"b": 1, "a": 2, "c": 3}:
    print(k, end=" ")
print()
for v in range(10, 0, -3):
    print(v, end=" ")
print()
it = iter([1, 2, 3])
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(iter(()), "default"))
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
    print("saw", x)
print(lst)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for a, b in zip(Seq(), "xyz"):
    print(a, b)
print(list(enumerate("abc", start=5)))
print(list(reversed([1, 2, 3])), list(reversed(range(4))))
it = iter(range(5))
for x in it:
    if x == 1:
        print("skipping", next(it))
    print("x", x)
calls = iter([3, 2, 1, 0, 5]).__next__
print(list(iter(calls, 0)))
