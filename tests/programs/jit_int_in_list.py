# `i in xs` / `i not in xs` for an int i in compiled code: an exact list of ints is
# scanned in place; any other item (a float equal to the int, a bool, a big int, an object
# with __eq__) and any other container go the general way, with CPython's answers.


def hits(xs, n):
    found = 0
    missing = 0
    for i in range(n):
        if i % 10 in xs:
            found += 1
        if i % 10 not in xs:
            missing += 1
    return found, missing


print(hits([1, 3, 5, 7], 3000))
print(hits([], 3000))
print(hits([2, 4.0, 6], 3000))  # 4 == 4.0
print(hits([True, 9], 3000))  # 1 == True
print(hits([2 ** 70, 8], 3000))
print(hits([None, "3", 3], 3000))


class Eq:
    def __eq__(self, other):
        return other == 5

    __hash__ = None


print(hits([Eq(), 0], 3000))


class Loud(list):
    def __contains__(self, x):
        return x == 7


print(hits(Loud([1, 2, 3]), 3000))
print(hits((1, 2, 3), 3000))
print(hits({4, 5}, 3000))
print(hits({6: "six"}, 3000))
print(hits(range(3, 6), 3000))


def grow(n):
    xs = [0]
    for i in range(n):
        if i not in xs:
            xs.append(i * 2)
    return len(xs), xs[-3:]


print(grow(500))


def bad(n):
    k = 0
    for i in range(n):
        if i in "abc":
            k += 1
    return k


try:
    bad(2000)
except TypeError as e:
    print("TypeError:", e)
