# Attributes of instances of builtin subclasses: __slots__ restrict them, a __dict__ exists
# unless every class declares __slots__.
class L(list):
    __slots__ = ('a',)


l = L([1])
l.a = 5
print(l.a, l)
for stmt in (lambda: setattr(l, 'b', 1), lambda: l.__dict__, lambda: vars(l)):
    try:
        stmt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del l.a
try:
    print(l.a)
except AttributeError as e:
    print(type(e).__name__, e)


class D(dict):
    pass


d = D(x=1)
d.tag = 'seen'
print(d, d.tag, vars(d))


class S(L):
    pass


s = S()
s.a = 1
s.other = 2
print(s.a, s.other)
