# Uncaught IndexError from a list access in a loop
items = ["a", "b", "c"]
for i in range(len(items) + 1):
    print(i, items[i])
