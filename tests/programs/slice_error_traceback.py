# The traceback of an error raised by a slice (`x[a:b]` is one instruction of its own).


def first_part(xs, stop):
    return xs[1:stop] + xs[::stop]


print(first_part([1, 2, 3], 2))
print(first_part([1, 2, 3], "2"))
