# functools.singledispatch, singledispatchmethod and partialmethod.
from functools import singledispatch, singledispatchmethod, partialmethod, partial


@singledispatch
def show(obj, prefix=''):
    "Shows anything."
    return prefix + 'object:' + repr(obj)

@show.register
def _(obj: int, prefix=''):
    return prefix + 'int:' + str(obj)

@show.register(list)
def _(obj, prefix=''):
    return prefix + 'list:' + ','.join(show(x) for x in obj)

def show_str(obj, prefix=''):
    return prefix + 'str:' + obj
r = show.register(str, show_str)
print(r is show_str)

class Base:
    pass
class Derived(Base):
    pass
class More(Derived):
    pass

@show.register
def _(obj: 'Base', prefix=''):
    return prefix + 'Base:' + type(obj).__name__

print(show(1), show(True), show('s'), show([1, 'a', 2.5]), show(2.5), show(None, prefix='>'))
print(show(Derived()), show(More()), show(Base()))
print(show.__name__, show.__doc__, show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.__wrapped__)
print(show.dispatch(More).__name__, sorted(k.__name__ for k in show.registry), len(show.registry), int in show.registry)

@show.register(Derived)
def _(obj, prefix=''):
    return prefix + 'Derived!'
print(show(More()), show(Base()))

for bad in [lambda: show(), lambda: show.register(5, lambda x: x), lambda: show.register(lambda x: x)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
def noclass(x: 5):
    pass
try:
    show.register(noclass)
except TypeError as e:
    print(type(e).__name__, e)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return 'generic ' + repr(arg)
    @area.register
    def _(self, arg: int):
        return 'int %d' % arg
    @area.register(str)
    def _(self, arg):
        return 'str ' + arg
s = Shape()
print(s.area(3), s.area('x'), s.area(1.5), Shape.area.__name__)

# partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, note=''):
        self.state = (state, note)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')
    doubled = partialmethod(partialmethod(set_state, 2), note='x')
    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)
    make1 = partialmethod(make, 1)
c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)
c.set_alive(note='n')
print(c.state)
c.doubled()
print(c.state)
print(Cell.make1(2), c.make1(3))
print(repr(Cell.__dict__['set_dead']).split(' at 0x')[0])
try:
    partialmethod(5)
except TypeError as e:
    print(type(e).__name__, e)
