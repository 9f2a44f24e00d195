# uncaught ValueError from unpacking too few values
pairs = [(1, 'one'), (2, 'two'), (3,)]
for num, word in pairs:
    print(num, word)
