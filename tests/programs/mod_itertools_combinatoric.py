# itertools product, permutations, combinations and combinations_with_replacement: order of
# results, r larger or smaller than the pool, empty inputs and argument errors.
from itertools import combinations, combinations_with_replacement, permutations, product
from math import comb, factorial, perm


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(list(product("AB", "xy")), list(product()), list(product([])), list(product("a", [])))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1, 2], repeat=2))[:6], len(list(product("ab", [1, 2], repeat=2))))
print(list(product([1], repeat=0)), list(product(5, repeat=0)), list(product(repeat=4)))
print(list(product(iter([1, 2]), (x for x in "ab"))))
p = product("ab", "c")
print(next(p), next(p), next(p, "end"), next(p, "end"))
show(lambda: product(1))
show(lambda: product([1], repeat=-1))
show(lambda: product([1], foo=1))
show(lambda: product([1], foo=1, repeat=2))
show(lambda: product([1], repeat="a"))
show(lambda: product([1], repeat=2.0))

print(list(permutations("ABC")), list(permutations("ABC", 2)))
print(list(permutations(range(3), 0)), list(permutations([], 0)), list(permutations([])))
print(list(permutations("AB", 3)), list(permutations([1, 2, 3], r=None)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))), perm(7, 3))
print(list(permutations([1, 1, 2], 2)), list(permutations(iterable="xy", r=1)))
print(list(permutations(range(4)))[::5])
show(lambda: permutations("abc", -1))
show(lambda: permutations("abc", 1.0))
show(lambda: permutations("abc", "2"))
show(lambda: permutations())
show(lambda: permutations(5))
show(lambda: permutations("ab", 1, 2))
print(list(permutations("ab", True)))

print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("AB", 0)), list(combinations("AB", 3)), list(combinations([], 0)))
print(list(combinations([], 1)), list(combinations("ABC", 3)))
print(len(list(combinations(range(10), 4))), comb(10, 4))
print(list(combinations(r=2, iterable=[3, 1, 2])))
show(lambda: combinations("abc"))
show(lambda: combinations("abc", -1))
show(lambda: combinations("abc", 1.5))
show(lambda: combinations(5, 1))
show(lambda: combinations("a", 1, 2))
show(lambda: combinations("a", r=1, x=2))

print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("AB", 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("AB", 0)), list(combinations_with_replacement([7], 3)))
print(len(list(combinations_with_replacement(range(5), 3))), comb(5 + 3 - 1, 3))
show(lambda: combinations_with_replacement("abc", -2))
show(lambda: combinations_with_replacement("abc"))
show(lambda: combinations_with_replacement(None, 2))

# The results are fresh tuples each time, and work as keys.
seen = {}
for t in product(range(3), repeat=2):
    seen[t] = sum(t)
print(sorted(seen.items())[:4], len(seen))
print(sorted(permutations([3, 1, 2]), reverse=True)[:2])
print(factorial(5) == len(set(permutations(range(5)))))
for cls in (product, permutations, combinations, combinations_with_replacement):
    print(cls, type(cls([], 0) if cls is not product else cls([])))
