# A compiled caller calls a compiled callee directly; then the callee's guards keep
# failing, or it is entered with other types, and it is recompiled. The caller's direct
# call to the retired version must give way to an ordinary call: the results stay those
# of the interpreter throughout.


class A:
    def __init__(self, v):
        self.v = v


def get(o):
    return o.v * 2 + 1


def run(objs, n):
    t = 0
    for i in range(n):
        t += get(objs[i % len(objs)])
    return t


ints = [A(i) for i in range(10)]
print(run(ints, 20000))
floats = [A(i + 0.5) for i in range(10)]
print(run(floats, 20000))
print(run(ints + floats, 20000))


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


def facts(k):
    s = 0
    for i in range(k):
        s += fact(i % 15)
    return s


print(facts(5000))
print(facts(40))  # big ints now: fact is recompiled, facts calls its new version
print(fact(30))
print(facts(5000))


# The callee's guard fails (a bool item where ints were seen) while the caller's types
# stay the same: the caller keeps its compiled code and calls the callee's next version.
def first2(lst):
    return lst[0] * 2


def run2(lst, n):
    t = 0
    for i in range(n):
        t += first2(lst)
    return t


cell = [1]
print(run2(cell, 20000))
cell[0] = True
print(run2(cell, 20000))
print(run2(cell, 20000))
