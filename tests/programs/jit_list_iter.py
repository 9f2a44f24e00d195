# `for` over a list in compiled code steps the list iterator in place: a list that grows or
# shrinks while it is iterated, an iterator shared between loops, an exhausted iterator whose
# list grows again, list subclasses, and lists of every kind of value.


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def grow(xs, limit):
    seen = []
    for x in xs:
        seen.append(x)
        if len(xs) < limit:
            xs.append(x * 2)
    return seen


def shrink(xs):
    seen = []
    for x in xs:
        seen.append(x)
        if xs:
            del xs[0]
    return seen


def shared(xs):
    it = iter(xs)
    firsts = []
    for x in it:
        firsts.append(x)
        for y in it:
            firsts.append(-y)
            break
    return firsts


class MyList(list):
    def __iter__(self):
        return iter([0, 0, 7])


data = list(range(500))
for _ in range(100):
    r = total(data)
print(r)
for _ in range(50):
    r = grow([1, 2, 3], 40)
print(len(r), r[-3:])
for _ in range(50):
    r = shrink(list(range(10)))
print(r)
for _ in range(50):
    r = shared(list(range(9)))
print(r)
print(total(MyList([1, 2, 3])), total([True, 2.5, 1]))

it = iter([1, 2])
xs = []
for _ in range(300):
    for x in it:
        xs.append(x)
print(xs)
exhausted = [1, 2, 3]
it = iter(exhausted)
print(list(it), end=" ")
exhausted.append(4)
print(list(it))


def objects(xs):
    names = []
    for x in xs:
        names.append(type(x).__name__)
    return names


for _ in range(40):
    r = objects([None, "a", (1,), [2], {3: 4}, 5.0, 6, object()])
print(r)
print(total([1, 2, "three"]))
