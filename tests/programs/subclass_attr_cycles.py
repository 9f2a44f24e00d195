# Instances of user subclasses of builtin types keep their attributes apart from their
# builtin contents; a cycle through those attributes is still found by gc.collect(), and one
# still alive when the program ends does not disturb the exit.
import gc


class L(list):
    pass


class B(bytearray):
    pass


class D(dict):
    pass


class Tracked(list):
    dels = 0

    def __del__(self):
        Tracked.dels += 1


gc.collect()
for cls in (L, B, D):
    o = cls()
    o.me = [o]
    del o
    print(cls.__name__, gc.collect() >= 2)

t = Tracked([1, 2])
t.partner = Tracked([3])
t.partner.partner = t
del t
gc.collect()
print("finalised", Tracked.dels)

alive = L([1])
alive.loop = {"back": alive}
print(alive, alive.loop["back"] is alive)
forever = B(b"xy")
forever.self_ref = forever
print(bytes(forever), forever.self_ref is forever)
