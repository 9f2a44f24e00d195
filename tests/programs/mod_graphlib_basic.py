# graphlib.TopologicalSorter: static_order, the prepare/get_ready/done protocol, cycles and
# misuse errors.
import graphlib

ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
ts2 = graphlib.TopologicalSorter()
ts2.add(3, 2, 1)
ts2.add(2, 1)
ts2.add(4)
ts2.prepare()
while ts2.is_active():
    ready = ts2.get_ready()
    print(sorted(ready))
    ts2.done(*ready)
print(bool(ts2))
try:
    list(graphlib.TopologicalSorter({1: {2}, 2: {3}, 3: {1}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0], len(e.args[1]), e.args[1][0] == e.args[1][-1])
t = graphlib.TopologicalSorter({1: [0]})
for bad in [lambda: t.get_ready(), lambda: t.done(0)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
t.prepare()
for bad in [lambda: t.prepare(), lambda: t.add(5), lambda: t.done(1), lambda: t.done(7)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
print(t.get_ready(), t.get_ready())
print(graphlib.TopologicalSorter[int])
