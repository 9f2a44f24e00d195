# subset/superset/disjoint, equality, frozenset
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.issubset([1, 2]), a.isdisjoint({3, 4}), a.isdisjoint(b))
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {1, 3})
f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f, frozenset(), repr(frozenset({5})))
print(f == {1, 2, 3}, {1, 2, 3} == f, f | {4}, {4} | f, type(f | {4}).__name__, type({4} | f).__name__)
print(f & {1, 9}, f - {1}, f ^ {1, 9}, f.union([7]), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
d = {frozenset([1, 2]): 'pair', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print(set() == frozenset(), {1} in {frozenset([1])}, {0: 1} == {0: 1.0})
