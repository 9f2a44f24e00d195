# A hot loop whose values change type mid-run: int to float, float to a user class with
# __add__, int to str. Compiled code must leave and the interpreter carry on with the same state.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return Money(self.cents + int(other * 100))

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return "Money(%d)" % self.cents


def accumulate(values):
    total = 0
    for v in values:
        total = total + v
    return total


def countdown(n):
    x = 0
    i = 0
    while i < n:
        if i == n // 2:
            x = x + 0.5  # int to float halfway through the loop
        x = x + 1
        i += 1
    return x


print(countdown(3000))
print(accumulate(list(range(2000))))
print(accumulate([1] * 1500 + [2.5] * 1500))
print(accumulate([0.25] * 1500 + [Money(5)] + [0.5] * 10))
print(accumulate([1.5] * 1500 + [Money(3)]))


def mixed(n):
    s = 0
    k = 1
    for i in range(n):
        if i == 1200:
            k = 1.5
        if i == 1400:
            k = True
        s = s + k * i
    return s


print(mixed(2000))


def strings(n):
    a = 0
    for i in range(n):
        if i == 1500:
            a = "x"
        a = a * 1 if isinstance(a, str) else a + i
    return a


print(strings(1600))
for i in range(3):
    print(countdown(1001 + i), accumulate([i] * 1200 + [float(i)] * 3))


def running_total(xs):
    t = 0.0
    for x in xs:
        t += x
    return t


# The items change from float to int halfway: the unboxing guard keeps failing until the
# loop is recompiled with the profile that saw both.
print(running_total([1.5] * 5000 + [1] * 5000))
print(running_total([2] * 3000 + [0.25] * 3000 + [True] * 10))
