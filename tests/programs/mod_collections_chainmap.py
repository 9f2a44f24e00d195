from collections import ChainMap, UserDict, UserList, UserString


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


base = {'a': 1, 'b': 2}
over = {'a': 10, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), cm.get('zz', 0), 'b' in cm)
cm['d'] = 4
print(over, base)
del cm['a']
print(cm['a'], over)
t(lambda: cm.__delitem__('b'))
t(lambda: cm['missing'])
child = cm.new_child({'x': 1})
print(child, child.parents, child.maps[0], len(child.maps))
print(ChainMap(), ChainMap({}).pop('q', 5), dict(ChainMap({'a': 1}, {'b': 2})))
print(cm.copy(), type(cm.copy()).__name__, bool(ChainMap()), bool(cm))

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, ud.data, len(ud), 'a' in ud, sorted(ud.keys()), ud.get('z'), isinstance(ud, UserDict))
t(lambda: ud['zz'])
del ud['a']
print(ud, ud.copy(), ud | {'q': 1})


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict()
ld['ABC'] = 1
ld.update({'XyZ': 2})
print(ld)

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[0], ul[1:3], len(ul), ul + [9], [0] + ul, ul * 2, 2 in ul, ul.index(3), ul.count(1))
ul.reverse()
ul.extend([7])
ul.insert(0, -1)
print(ul, ul.pop(), ul.pop(0), ul, ul == [5, 3, 2, 1], ul < [6])
del ul[0]
ul[0] = 'x'
print(ul, ul.data, type(ul[0:1]).__name__)

us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), len(us), us[1], us + '!', us * 2, 'ell' in us)
print(us.replace('l', 'L'), us.split('l'), us.startswith('He'), us.find('l'), us == 'Hello')
print(us.center(9, '*'), us.count('l'), us.capitalize(), type(us.upper()).__name__)
