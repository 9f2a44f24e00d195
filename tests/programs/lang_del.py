# del statement on names, subscripts, slices, attributes
a = 1
b = [1, 2, 3, 4, 5]
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0]
print(b)
del b[1:3]
print(b)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["nope"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.attr = 5
o.other = 6
print(sorted(vars(o)))
del o.attr
print(sorted(vars(o)), hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
x, y, z = 1, 2, 3
del x, y
print(z, "x" in globals(), "y" in globals(), "z" in globals())
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)
def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
class Tracker:
    def __delitem__(self, key):
        print("delitem", key)
    def __delattr__(self, name):
        print("delattr", name)
t = Tracker()
del t[3]
del t[1:2]
del t.foo
for i in range(3):
    pass
del i
print("i" in dir())
e = 1
try:
    raise ValueError("v")
except ValueError as e:
    pass
print("e" in dir())
