# Uncaught ZeroDivisionError raised three calls deep
def ratio(a, b):
    return a / b
def average(values):
    total = sum(values)
    return ratio(total, len(values))
def report(groups):
    for name, vals in groups:
        print(name, average(vals))
report([("first", [1, 2, 3]), ("second", [10]), ("empty", [])])
print("never printed")
