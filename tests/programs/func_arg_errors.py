# TypeError messages for bad calls (caught)
def two(a, b):
    return a + b
def kw(a, *, b):
    return a, b
def varargs(*a):
    return a
class C:
    def m(self, x):
        return x
    def __init__(self, v):
        self.v = v
five, text, nothing = 5, "abc", None
cases = [
    ("missing one", lambda: two(1)),
    ("missing two", lambda: two()),
    ("too many", lambda: two(1, 2, 3)),
    ("unexpected kw", lambda: two(1, 2, c=3)),
    ("multiple values", lambda: two(1, a=2)),
    ("kw-only missing", lambda: kw(1)),
    ("kw-only positional", lambda: kw(1, 2)),
    ("varargs with kw", lambda: varargs(1, x=2)),
    ("method missing", lambda: C(1).m()),
    ("method too many", lambda: C(1).m(1, 2)),
    ("init missing", lambda: C()),
    ("call int", lambda: five()),
    ("call str", lambda: text(1)),
    ("call None", lambda: nothing()),
    ("star non-iterable", lambda: two(*5)),
    ("starstar non-mapping", lambda: two(**[1])),
    ("starstar dup", lambda: two(1, **{"a": 1, "b": 2})),
    ("len of int", lambda: len(5)),
    ("builtin kw", lambda: len(obj=[1])),
    ("unbound method", lambda: C.m(5)),
    ("lambda args", lambda: (lambda x: x)()),
]
for label, fn in cases:
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(label, "->", e)
print(two(*[1, 2]), two(**{"a": 3, "b": 4}), C.m(C(0), 9))
