# uncaught IndexError from list indexing
items = [1, 2]
print(items[0], items[-1], len(items))
def get(seq, i):
    return seq[i]
print(get(items, 1))
print(get(items, 5))
