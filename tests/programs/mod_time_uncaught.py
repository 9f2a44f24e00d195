# An uncaught error from time.strftime: the traceback shows only the caller's frames, as for
# CPython's C functions
import time

def render(tm):
    return time.strftime('%d.%m.%Y', tm)

print(render((2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(render(time.gmtime(0)))
render((2024, 13, 1, 0, 0, 0, 0, 1, 0))
