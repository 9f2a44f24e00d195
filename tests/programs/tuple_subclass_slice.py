# Slicing an instance of a tuple subclass gives a plain tuple, even for the whole of it (only
# an exact tuple's full slice is the tuple itself).
class T(tuple):
    pass


t = T((1, 2, 3))
for s in [t[:], t[0:3], t[::1], t[:2], t[::-1], t[5:]]:
    print(type(s).__name__, s)
u = (1, 2, 3)
print(u[:] is u, u[0:3] is u, t[:] is t)
import time
print(type(time.gmtime(0)[:]).__name__, time.gmtime(0)[:3])
