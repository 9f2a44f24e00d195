# uncaught TypeError from len() of an int
things = ['abc', [1, 2, 3], {'a': 1}, 5]
for t in things:
    print(type(t).__name__, len(t))
