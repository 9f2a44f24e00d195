# Augmented assignment on names, attributes and subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 3; print(x)
x &= 10; print(x)
x ^= 15; print(x)
x /= 4; print(x)
s = "ab"
s *= 3; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)

class Obj:
    def __init__(self):
        self.n = 1
        self.items = [0]
o = Obj()
o.n += 41
o.items += [1]
print(o.n, o.items)

d = {"a": 1}
d["a"] += 1
d.setdefault("b", []).append(5)
print(d)
m = [[1, 2], [3, 4]]
m[1][0] *= 10
print(m)

calls = []
def idx(i):
    calls.append(("idx", i))
    return i
def get():
    calls.append("get")
    return m
get()[idx(0)][idx(1)] += 100
print(m, calls)

class Logged:
    def __init__(self):
        self.v = 0
    def __getitem__(self, k):
        print("getitem", k)
        return self.v
    def __setitem__(self, k, val):
        print("setitem", k, val)
        self.v = val
lg = Logged()
lg["k"] += 7
lg["k"] -= 2
print(lg.v)

class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, other):
        print("iadd", other)
        self.v += other
        return self
    def __add__(self, other):
        print("add", other)
        return Acc(self.v + other)
a = Acc(1)
b = a
a += 5
print(a.v, a is b)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, other):
        return NoIadd(self.v + other)
n = NoIadd(1); n2 = n
n += 1
print(n.v, n2.v, n is n2)
