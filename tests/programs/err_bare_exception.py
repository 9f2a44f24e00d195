# Uncaught exception raised as a bare class (no message): last line is just the class name
class Stop(Exception):
    pass
def worker(n):
    for i in range(n):
        print("working", i)
        if i == 2:
            raise Stop
worker(5)
