# Custom sequence and mapping classes.
import bisect


class SortedList:
    def __init__(self, items=()):
        self._data = sorted(items)
    def add(self, x):
        bisect.insort(self._data, x)
    def __len__(self):
        return len(self._data)
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self._data))
            return SortedList(self._data[i] for i in range(start, stop, step))
        return self._data[idx]
    def __delitem__(self, idx):
        del self._data[idx]
    def __contains__(self, x):
        i = bisect.bisect_left(self._data, x)
        return i < len(self._data) and self._data[i] == x
    def __iter__(self):
        return iter(self._data)
    def __reversed__(self):
        i = len(self._data)
        while i > 0:
            i -= 1
            yield self._data[i]
    def __eq__(self, other):
        return isinstance(other, SortedList) and self._data == other._data
    def __repr__(self):
        return "SortedList(%r)" % self._data


s = SortedList([5, 1, 9, 3, 7])
s.add(4); s.add(8)
print(s, len(s), s[0], s[-1], s[1:5], s[::2], s[::-3], s[10:])
print(4 in s, 6 in s, list(reversed(s)), sum(s))
del s[0]; del s[-2:]
print(s, s == SortedList([3, 4, 5, 7]), s != SortedList([1]))
print(slice(1, None, 2).indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(7))


class OrderedMap:
    def __init__(self, pairs=()):
        self._keys = []
        self._vals = {}
        for k, v in pairs:
            self[k] = v
    def __setitem__(self, k, v):
        if k not in self._vals:
            self._keys.append(k)
        self._vals[k] = v
    def __getitem__(self, k):
        if k not in self._vals:
            raise KeyError(k)
        return self._vals[k]
    def __delitem__(self, k):
        del self._vals[k]
        self._keys.remove(k)
    def __len__(self):
        return len(self._keys)
    def __iter__(self):
        return iter(list(self._keys))
    def __reversed__(self):
        return reversed(self._keys)
    def __contains__(self, k):
        return k in self._vals
    def __eq__(self, other):
        return isinstance(other, OrderedMap) and list(self.items()) == list(other.items())
    def keys(self): return list(self._keys)
    def items(self): return [(k, self._vals[k]) for k in self._keys]
    def get(self, k, default=None):
        try:
            return self[k]
        except KeyError:
            return default
    def move_to_end(self, k):
        self._keys.remove(k)
        self._keys.append(k)
    def __repr__(self):
        return "OrderedMap(%r)" % self.items()


m = OrderedMap([("z", 1), ("a", 2)])
m["m"] = 3
m["z"] = 10
print(m, len(m), "a" in m, "q" in m, m.get("q", -1), m["z"])
m.move_to_end("z")
del m["a"]
print(m, list(m), list(reversed(m)), dict(m.items()))
try:
    m["nope"]
except KeyError as e:
    print("KeyError", e)
print(m == OrderedMap([("m", 3), ("z", 10)]), m == OrderedMap([("z", 10), ("m", 3)]))


class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(5)), 9 in Seq(5), 10 in Seq(5), sorted(Seq(4), reverse=True))
a, b, *rest = Seq(5)
print(a, b, rest, max(Seq(6)), list(enumerate(Seq(3))))
