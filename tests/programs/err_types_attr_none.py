# uncaught AttributeError on None
def find(items, target):
    for it in items:
        if it == target:
            return it
    return None
print(find(['a', 'b'], 'b').upper())
result = find(['a', 'b'], 'z')
print(result)
print(result.foo)
