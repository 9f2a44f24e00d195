# Uncaught AssertionError with a message
def mean(xs):
    assert len(xs) > 0, f"mean() of empty sequence (got {xs!r})"
    return sum(xs) / len(xs)
print(mean([1, 2, 3, 4]))
print(mean([]))
