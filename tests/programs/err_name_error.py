# Uncaught NameError for a misspelled variable inside a function
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl
print("computing")
print(compute([1, 2, 3]))
