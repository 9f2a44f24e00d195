# __getitem__/__setitem__/__delitem__ with ints and slices, __len__, __missing__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))
g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "*"
print(g.render())
print(len(g))
del g[1, 1]
print(len(g), g[1, 1])
try:
    g[10, 0]
except IndexError as e:
    print("IndexError:", e)
class SliceList:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print("slice", i.start, i.stop, i.step)
            return SliceList(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"SliceList({self.data})"
sl = SliceList(range(10))
print(sl[2], sl[-1], sl[2:8:2], sl[::-1][:3])
sl[0:3] = ["a"]
print(sl, len(sl))
class DefaultDict(dict):
    def __missing__(self, key):
        print("missing", key)
        self[key] = v = len(key)
        return v
dd = DefaultDict(a=1)
print(dd["a"], dd["hello"], dd["hello"], dd)
print(dd.get("zz"), "zz" in dd)
class ReadOnly:
    def __getitem__(self, k):
        return k * 2
ro = ReadOnly()
print(ro[21], ro["ab"])
try:
    ro[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del ro[1]
except TypeError as e:
    print("TypeError:", e)
try:
    len(ro)
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n[0]
except TypeError as e:
    print("TypeError:", e)
