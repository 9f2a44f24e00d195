# pprint.PrettyPrinter: stream output, format() overrides, long strings wrapped at spaces,
# isreadable/isrecursive, and the argument errors.
import io
import pprint


class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)


Upper().pprint({"greeting": "hello", "items": ["a", "b"]})
buf = io.StringIO()
pp = pprint.PrettyPrinter(stream=buf, width=30)
pp.pprint({"text": "the quick brown fox jumps over the lazy dog " * 2, "n": list(range(12))})
print(buf.getvalue(), end="")
print(pprint.pformat("word " * 30, width=25))
print(pprint.pformat(("a tuple", "of strings " * 4), width=25))
print(pprint.pformat({"k": "a\nmulti-line\nstring that is long enough to wrap"}, width=20))
print(pp.isreadable([1, {"a": (2, 3)}]), pp.isrecursive({}), pp.isreadable(object()))
print(pprint.pformat({(1, 2): {3, 2, 1}, None: [], "z": frozenset()}))
print(pprint.pformat([[[[1]]]], depth=2), pprint.pformat({"a": {"b": 1}}, depth=1))
print(pprint.pformat({3: 1, 1: 2, "b": 3, "a": 4, 2.5: 5}))
for kwargs in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
