# List and tuple comparisons as CPython's list_richcompare and tuplerichcompare: lists of
# different lengths are unequal without comparing items (tuples compare items first), items
# are read afresh as the comparison goes (an item's __eq__ may change a list), identical
# items are equal without __eq__, and the first differing pair decides an ordering.


class E:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("eq", self.tag)
        return True

    def __lt__(self, other):
        print("lt", self.tag)
        return True


print([E(1), 1] == [E(2)])
print([E(1), 1] != [E(2)])
print((E(3), 1) == (E(4),))
print([E(5)] < [E(6), 2])
e = E(7)
print([e, e] == [e, e], (e,) == (e,))
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,))


class Shrink:
    def __eq__(self, other):
        del lst[:]
        return True


lst = [Shrink(), 1, 2]
print(lst == [Shrink(), 1, 2], lst)


class NotEq:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        return False

    def __lt__(self, other):
        print("lt after eq", self.tag)
        lst2.clear()
        return "truthy"


lst2 = [NotEq(1), NotEq(2)]
print(lst2 < [NotEq(3)], lst2)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [[1, [2]]] == [[1, [2]]], [] == [], [] < [0])
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), ("a", 1) <= ("a", 1.0))
try:
    print([1] < (1,))
except TypeError as ex:
    print("TypeError", ex)


class MyList(list):
    pass


print(MyList([1, 2]) == [1, 2], [1, 2] == MyList([1, 2]), list.__eq__([1], [1]), list.__lt__([1], (1,)))
print(tuple.__eq__((1,), (1,)), tuple.__ne__((1,), [1]))
big = list(range(1000))
print(big == list(range(1000)), big < list(range(1000)) + [0], big[:-1] == big)
