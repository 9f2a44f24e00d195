# sets of small ints: construction, printing order, add/remove/discard/pop
s = {3, 1, 2}
print(s, len(s), type(s).__name__)
print({5, 4, 3, 2, 1, 0}, {10, 1, 100, 33}, {8, 16, 0, 24}, {7, 15, 23, 1})
print(set(), set([1, 1, 2, 2, 3]), set(range(10)), set((4, 4, 9)), set('aaa'))
s.add(10)
s.add(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
s.discard(99)
s.discard(3)
print(s)
print(s.pop(), s)
print(1 in s, 3 in s, 10 not in s)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
t = set()
for i in [20, 3, 11, 7, 40, 1, 33, 12]:
    t.add(i)
    print(sorted(t), t)
t.clear()
print(t, len(t), bool(t), bool({0}))
u = set(range(50, 0, -7))
print(u)
print({-1, -2, -3, 0, 1}, {2 ** 30, 1, 2 ** 31})
print(repr(set()), repr({1}), str({2, 1}))
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 1.0, True}, {0, False, 0.0})
