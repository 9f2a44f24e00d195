# copy.deepcopy: nesting, shared references and cycles through the memo, __deepcopy__,
# instances with __dict__/__slots__/__getstate__/__setstate__, atomic values.
import copy

data = {'a': [1, 2, {'b': (3, [4])}], 'c': (5, 6), 'd': {7, 8}, 'e': frozenset({9})}
dc = copy.deepcopy(data)
print(dc == data, dc is data, dc['a'] is data['a'], dc['a'][2] is data['a'][2])
print(dc['a'][2]['b'] is data['a'][2]['b'], dc['a'][2]['b'][1] is data['a'][2]['b'][1])
print(dc['c'] is data['c'], dc['d'] is data['d'], dc['d'] == data['d'], dc['e'] == data['e'])

# Tuples of immutables are returned as they are; a tuple holding a list is copied.
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.deepcopy((1, [2])) is (1, [2]))

# Shared references stay shared; cycles are reproduced.
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, repr(cc))
dcyc = {}
dcyc['self'] = dcyc
dd = copy.deepcopy(dcyc)
print(dd['self'] is dd, dd is dcyc)
tcyc = ([],)
tcyc[0].append(tcyc)
tc = copy.deepcopy(tcyc)
print(tc[0][0] is tc, tc is tcyc)

# The memo: copies by id, and the originals kept alive under id(memo).
memo = {}
inner = [1]
outer = [inner, inner]
res = copy.deepcopy(outer, memo)
print(memo[id(inner)] is res[0], memo[id(outer)] is res, len(memo), len(memo[id(memo)]))
pre = {id(inner): 'replaced'}
print(copy.deepcopy(outer, pre))

def f():
    pass
class K:
    pass
for v in [None, 1, 2.5, True, 'text', b'by', range(3), f, len, K, int, Ellipsis, 10 ** 30]:
    print(type(v).__name__, copy.deepcopy(v) is v)

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self
    def __repr__(self):
        return 'Node(%r, %r)' % (self.value, self.children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
ct = copy.deepcopy(tree)
print(ct, ct is tree, ct.children[0].parent is ct, ct.children[1].children[0].parent is ct.children[1])
print(ct.children[0] is tree.children[0], type(ct).__name__)

class Custom:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        print('__deepcopy__', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ['copied'])
cu = copy.deepcopy([Custom([1])])
print(cu[0].v)

class State:
    def __init__(self):
        self.items = [1, 2]
        self.cache = 'big'
    def __getstate__(self):
        return {'items': self.items}
    def __setstate__(self, state):
        print('setstate', state)
        self.__dict__.update(state)
        self.cache = None
s = State()
cs = copy.deepcopy(s)
print(cs.items, cs.items is s.items, cs.cache)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
sl = Slots()
csl = copy.deepcopy(sl)
print(csl.a, csl.a is sl.a, hasattr(csl, 'b'))

class MyList(list):
    pass
ml = MyList([[1], [2]])
ml.attr = [3]
cml = copy.deepcopy(ml)
print(cml, type(cml).__name__, cml[0] is ml[0], cml.attr, cml.attr is ml.attr)
class MyDict(dict):
    pass
md = MyDict(k=[1])
cmd = copy.deepcopy(md)
print(cmd, type(cmd).__name__, cmd['k'] is md['k'])
print(sorted(copy.deepcopy({frozenset({1}), 2}), key=str))

class Meth:
    def __init__(self):
        self.data = [1]
    def m(self):
        return self.data
mo = Meth()
bm = copy.deepcopy(mo.m)
print(bm(), bm.__self__ is mo, bm() is mo.data)

class Red:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Red, (self.v,), {'extra': [1]})
r = copy.deepcopy(Red([5]))
print(r.v, r.extra)

class Err(Exception):
    pass
e = Err('msg', [1])
ce = copy.deepcopy(e)
print(type(ce).__name__, ce.args, ce.args[1] is e.args[1])

try:
    copy.deepcopy([1, (x for x in [])])
except TypeError as e:
    print(type(e).__name__, e)

class Fails:
    def __deepcopy__(self, memo):
        raise copy.Error('no deep copies')
try:
    copy.deepcopy(Fails())
except copy.Error as e:
    print(type(e).__name__, e)

# Subclasses of bytearray and set: rebuilt from their items, then their state.
print(copy.deepcopy(bytearray(b'ab')), copy.deepcopy([bytearray(b'x')]))
class BA(bytearray):
    pass
b = BA(b'hi'); b.t = 1
for c in (copy.copy(b), copy.deepcopy(b)):
    print(c, type(c).__name__, c.t)
class S(set):
    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)
s = S([1])
print(copy.copy(s), copy.deepcopy(s))
print(copy.deepcopy(frozenset([1, 2])), copy.deepcopy({1, 2}))
print(copy.deepcopy(slice(1, [2], 3)))

# A private slot name: its value is copied under the name the class stores it by.
class PrivateSlot:
    __slots__ = ('__secret', 'plain')
    def __init__(self):
        setattr(self, [n for n in type(self).__dict__ if n.endswith('__secret')][0], [1])
        self.plain = 2
p = PrivateSlot()
for c in (copy.copy(p), copy.deepcopy(p)):
    names = sorted(n for n in type(c).__dict__ if n.endswith('secret'))
    print(getattr(c, names[0]), c.plain)
