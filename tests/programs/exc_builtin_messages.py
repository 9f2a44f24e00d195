# Messages of common builtin exceptions raised by the language itself
text = "abc"
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "ab"[9],
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: None.attr,
    lambda: (5).nope,
    lambda: "s".nope,
    lambda: [].nope,
    lambda: 1 + "x",
    lambda: "x" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: -"a",
    lambda: 3 < "a",
    lambda: [] > {},
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: [].pop(),
    lambda: [1].index(5),
    lambda: undefined_thing,
    lambda: len(3),
    lambda: iter(4),
    lambda: hash([]),
    lambda: {}.update(3),
    lambda: "abc".index("z"),
    lambda: int(None),
    lambda: [1, 2, 3][1:2:0],
    lambda: next(iter([])),
    lambda: chr(-1),
    lambda: 2 ** 10000 * 1.0,
    lambda: divmod(1, 0),
    lambda: (1, 2).append(3),
    lambda: text[1.5],
    lambda: sum(["a", "b"]),
    lambda: ord("ab"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no exception")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
