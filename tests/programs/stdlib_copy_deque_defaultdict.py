# copy and deepcopy of deque and defaultdict go through their __reduce__, as in CPython:
# the bound of a deque, the factory of a defaultdict and a subclass's attributes survive.
import copy
from collections import defaultdict, deque

d = deque([[1], [2, 3]], maxlen=3)
r = d.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
print(deque([1]).__reduce__()[:3])

dc = copy.deepcopy(d)
print(dc, dc.maxlen, dc == d, dc[0] is d[0])
sc = copy.copy(d)
print(sc, sc[0] is d[0])
print(copy.deepcopy(deque()), copy.deepcopy(deque(maxlen=0)).maxlen)


class Tagged(deque):
    pass


t = Tagged([1, 2], 5)
t.tag = ["x"]
print(t.__reduce__()[:3])
tc = copy.deepcopy(t)
print(type(tc).__name__, list(tc), tc.maxlen, tc.tag, tc.tag is t.tag)

dd = defaultdict(list, a=[1])
r = dd.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
print(defaultdict().__reduce__()[:4])

ddc = copy.deepcopy(dd)
print(ddc, ddc["a"] is dd["a"])
ddc["new"].append(5)
print(sorted(ddc.items()), "new" in dd)
print(copy.deepcopy(defaultdict(int, x=1)))
print(copy.deepcopy(defaultdict(None, x=1)))

# Recursive structures keep their shape through the memo.
rec = defaultdict(list)
rec["self"].append(rec)
rc = copy.deepcopy(rec)
print(rc["self"][0] is rc, rc is not rec)

dq = deque()
dq.append(dq)
dqc = copy.deepcopy(dq)
print(dqc[0] is dqc, dqc is not dq)

nested = {"q": deque([defaultdict(set, k={1})], maxlen=2)}
nc = copy.deepcopy(nested)
print(nc, nc["q"].maxlen, nc["q"][0].default_factory)
