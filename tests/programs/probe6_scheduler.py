# Event scheduler simulation with bisect.insort on (time, seq, name) tuples.
import bisect

queue = []
seq = 0
log = []
callbacks = {}
state = {"pings": 0, "total": 0}

def schedule(t, name):
    global seq
    seq += 1
    bisect.insort(queue, (t, seq, name))

def register(name):
    def deco(fn):
        callbacks[name] = fn
        return fn
    return deco

@register("start")
def on_start(now):
    schedule(now + 5, "ping")
    schedule(now + 5, "tick")
    schedule(now + 2, "tick")
    return "started"

@register("tick")
def on_tick(now):
    state["total"] += now
    if now < 12:
        schedule(now + 3, "tick")
    return f"tick total={state['total']}"

@register("ping")
def on_ping(now):
    state["pings"] += 1
    if state["pings"] < 3:
        schedule(now + 4, "ping")
    else:
        schedule(now + 1, "stop")
    return f"ping #{state['pings']}"

@register("stop")
def on_stop(now):
    dropped = [name for _, _, name in queue]
    queue.clear()
    return f"stop dropped={dropped}"

schedule(0, "start")
schedule(0, "unknown")
schedule(3.5, "tick")
steps = 0
while queue:
    t, s, name = queue.pop(0)
    steps += 1
    cb = callbacks.get(name)
    if cb is None:
        log.append((t, s, name, "no handler"))
        continue
    log.append((t, s, name, cb(t)))

for t, s, name, msg in log:
    print(f"t={t:>5} seq={s:>2} {name:<8} {msg}")
print("steps", steps, "state", sorted(state.items()))

times = [3, 1, 4, 1, 5, 9, 2, 6]
arr = []
for x in times:
    bisect.insort(arr, x)
print(arr, bisect.bisect_left(arr, 1), bisect.bisect_right(arr, 1), bisect.bisect(arr, 10))
bisect.insort_left(arr, 4)
bisect.insort_right(arr, 4)
print(arr, bisect.bisect_left(arr, 4, 0, 3), bisect.bisect_right(arr, 4, lo=2, hi=8))
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, (3,)), bisect.bisect_right(recs, (3, "z")))
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 5, key=lambda r: r[0]))
bisect.insort(recs, (4, "d"), key=lambda r: r[0])
print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], sc)] for sc in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
