# Exceptions inside comprehensions, generators, lambdas, properties.

class Sensor:
    def __init__(self, name, readings):
        self.name = name
        self._readings = readings

    @property
    def average(self):
        if not self._readings:
            raise ValueError("no readings for " + self.name)
        return sum(self._readings) / len(self._readings)

    @property
    def broken(self):
        return self._missing

    def scaled(self, factor):
        return [self._scale(r, factor) for r in self._readings]

    def _scale(self, r, factor):
        return self._divide(r, factor)

    def _divide(self, r, factor):
        return r / factor


sensors = [Sensor("a", [1, 2, 3]), Sensor("b", []), Sensor("c", [4, 0])]
for s in sensors:
    try:
        print(s.name, s.average)
    except ValueError as e:
        print("error:", e)

try:
    sensors[0].broken
except AttributeError as e:
    print("AttributeError:", e)

try:
    vals = [10 // x for x in [5, 2, 0, 1]]
except ZeroDivisionError as e:
    print("comprehension:", type(e).__name__, e)

def gen(items):
    for it in items:
        yield int(it)

g = gen(["1", "2", "x", "4"])
got = []
try:
    for v in g:
        got.append(v)
except ValueError as e:
    print("generator:", got, e)
print("gen after error:", list(g))

f = lambda d, k: d[k]
try:
    f({"a": 1}, "b")
except KeyError as e:
    print("lambda KeyError:", e, repr(e), e.args)

try:
    {k: 1 / v for k, v in {"x": 1, "y": 0}.items()}
except ZeroDivisionError as e:
    print("dictcomp:", e)

try:
    sum(x.average for x in sensors)
except ValueError as e:
    print("genexp:", e)

def chain():
    try:
        [int(c) for c in "12a"]
    except ValueError as e:
        raise RuntimeError("parse failed") from e

try:
    chain()
except RuntimeError as e:
    print("chained:", e, "<-", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

try:
    try:
        sorted([3, "a", 1])
    except TypeError as e:
        print("sort:", e)
        raise
except TypeError as e2:
    print("reraised same:", type(e2).__name__)

def finally_in_gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally ran")
g2 = finally_in_gen()
print(next(g2))
g2.close()

data = {"x": [1, 2, 3]}
print(all(isinstance(v, int) for v in data["x"]), [e for e in (lambda: [1, 2])()])
print("now failing")
print(sensors[2].scaled(0))
