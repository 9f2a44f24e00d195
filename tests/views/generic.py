# pyjit views test: an operator on mixed objects stays generic.


def join_all(items):
    out = ""
    for it in items:
        out = out + it
    return out


def scale(v, k):
    return v * k


words = ["a", "b", "c"] * 100
for k in range(20):
    join_all(words)
print(len(join_all(words)))
print(scale("ab", 3), scale(2, 3))
