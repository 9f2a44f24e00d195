# Uncaught RecursionError: the traceback collapses repeated lines
def countdown(n):
    if n == -1000000:
        return 0
    return countdown(n - 1)
print("starting")
countdown(10)
