import collections
import collections.abc
from collections import abc, deque, OrderedDict, Counter, defaultdict
from collections.abc import (Iterable, Mapping, Sequence, Callable, Hashable, Iterator,
                             Generator, Sized, Container, MutableMapping, MutableSequence,
                             Set, MutableSet, Collection, Reversible, KeysView)

ABCS = (Iterable, Mapping, Sequence, Callable, Hashable, Iterator, Generator, Sized,
        Container, MutableMapping, MutableSequence, Set, MutableSet, Collection, Reversible)
print(collections.abc.Iterable, abc.Mapping, Iterable.__name__, Iterable.__module__)
print(collections.abc is abc, Mapping is collections.abc.Mapping)


def gen():
    yield 1


for obj in [[], {}, (), set(), frozenset(), 'a', b'x', bytearray(), 1, 2.5, None, len, gen,
            deque(), OrderedDict(), Counter(), defaultdict(int), range(3), iter([]), gen(),
            {}.keys(), {}.items()]:
    print(type(obj).__name__, ''.join('1' if isinstance(obj, c) else '0' for c in ABCS))

print(issubclass(list, MutableSequence), issubclass(dict, Mapping), issubclass(tuple, MutableSequence))
print(issubclass(str, Sequence), issubclass(int, Hashable), issubclass(list, Hashable))


class It:
    def __iter__(self):
        return iter([1, 2])


class Sz:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


print(isinstance(It(), Iterable), issubclass(It, Iterable), isinstance(It(), Sized),
      isinstance(Sz(), Sized), isinstance(NoHash(), Hashable), isinstance(It(), Iterator))


class MyMap(Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, sorted(m.keys()), sorted(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, len(m), isinstance(m, Mapping), isinstance(m, MutableMapping))


class MySeq(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return self.n


s = MySeq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))


class Partial(MutableSequence):
    def __getitem__(self, i):
        return 0


try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


class Reg:
    pass


Sequence.register(Reg)
print(isinstance(Reg(), Sequence), issubclass(Reg, Sequence), issubclass(Reg, Iterable))
print(isinstance({}.keys(), KeysView), {'a': 1}.keys() & {'a', 'b'})
import collections as c2
print(c2.abc.Sized, isinstance([], c2.abc.Sized))
