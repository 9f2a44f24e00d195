from array import array as A

a = A("i", [1, 2, 3])
print(a == A("i", [1, 2, 3]), a == A("d", [1.0, 2.0, 3.0]), a != A("i", [1, 2]), a == [1, 2, 3])
print(a < A("i", [1, 2, 4]), a < A("i", [1, 2]), a <= A("i", [1, 2, 3]), a > A("b", [0]), a >= A("i", [1, 2, 3, 0]))
print(A("u", "ab") == A("u", "ab"), A("u", "ab") < A("u", "b"), A("i") == A("d"), A("i") < A("i", [0]))
print(A("d", [float("nan")]) == A("d", [float("nan")]))
print(bool(A("i")), bool(A("i", [0])))
print(sorted([A("i", [2]), A("i", [1, 5]), A("i", [1])]))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError:
    print("TypeError")
