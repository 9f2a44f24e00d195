# Priority task scheduler: heap-backed queue, task dependencies, retries, context managers, stats.

class Task:
    __slots__ = ("name", "priority", "cost", "deps", "attempts", "fail_times")

    def __init__(self, name, priority, cost, deps=(), fail_times=0):
        self.name = name
        self.priority = priority
        self.cost = cost
        self.deps = tuple(deps)
        self.attempts = 0
        self.fail_times = fail_times

    def __lt__(self, other):
        return (-self.priority, self.name) < (-other.priority, other.name)

    def __repr__(self):
        return f"Task({self.name}, p={self.priority})"


class TaskFailed(RuntimeError):
    pass


class PriorityQueue:
    def __init__(self, items=()):
        self.heap = []
        for it in items:
            self.push(it)

    def push(self, item):
        h = self.heap
        h.append(item)
        i = len(h) - 1
        while i and h[i] < h[(i - 1) >> 1]:
            p = (i - 1) >> 1
            h[i], h[p] = h[p], h[i]
            i = p

    def pop(self):
        h = self.heap
        if not h:
            raise IndexError("pop from empty priority queue")
        h[0], h[-1] = h[-1], h[0]
        top = h.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1] < h[c]:
                c += 1
            if h[c] < h[i]:
                h[i], h[c] = h[c], h[i]
                i = c
            else:
                break
        return top

    def __len__(self):
        return len(self.heap)


class Timer:
    def __init__(self, clock, label, log):
        self.clock = clock
        self.label = label
        self.log = log

    def __enter__(self):
        self.start = self.clock[0]
        return self

    def __exit__(self, exc_type, exc, tb):
        elapsed = self.clock[0] - self.start
        status = "ok" if exc_type is None else f"failed ({exc_type.__name__}: {exc})"
        self.log.append(f"[{self.start:4d}-{self.clock[0]:4d}] {self.label:<10} {elapsed:3d} {status}")
        return exc_type is TaskFailed


def run(tasks, workers=1, max_attempts=3):
    by_name = {t.name: t for t in tasks}
    done = set()
    waiting = {t.name: set(t.deps) for t in tasks}
    for name, deps in waiting.items():
        unknown = deps - by_name.keys()
        if unknown:
            raise KeyError(f"{name} depends on unknown {sorted(unknown)}")
    clock = [0]
    log = []
    order = []
    pq = PriorityQueue(t for t in tasks if not t.deps)
    while pq:
        t = pq.pop()
        t.attempts += 1
        with Timer(clock, t.name, log):
            clock[0] += t.cost
            if t.attempts <= t.fail_times:
                if t.attempts < max_attempts:
                    pq.push(t)
                raise TaskFailed(f"{t.name} attempt {t.attempts}")
            done.add(t.name)
            order.append(t.name)
            for other, deps in waiting.items():
                if t.name in deps:
                    deps.discard(t.name)
                    if not deps and other not in done:
                        pq.push(by_name[other])
    return order, log, clock[0]


tasks = [
    Task("fetch", 5, 10),
    Task("parse", 4, 7, ["fetch"]),
    Task("config", 9, 2),
    Task("lint", 1, 3, ["parse"]),
    Task("compile", 7, 20, ["parse", "config"], fail_times=1),
    Task("test", 6, 15, ["compile"]),
    Task("docs", 2, 5, ["parse"], fail_times=5),
    Task("package", 3, 4, ["test", "lint"]),
]
order, log, total = run(tasks)
print("order:", " -> ".join(order))
print("\n".join(log))
print("total time:", total)
print({t.name: t.attempts for t in tasks})
print("never ran:", sorted({t.name for t in tasks} - set(order)))
pq = PriorityQueue(Task(f"t{i}", (i * 7) % 5, 1) for i in range(12))
print([pq.pop() for _ in range(len(pq))])
try:
    PriorityQueue().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    run([Task("a", 1, 1, ["ghost", "b"]), Task("b", 1, 1)])
except KeyError as e:
    print("KeyError:", e)
log2 = []
clk = [0]
try:
    with Timer(clk, "boom", log2):
        clk[0] += 3
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", repr(e))
with Timer(clk, "quiet", log2) as tm:
    raise TaskFailed("suppressed")
print(log2, tm.label)
with Timer(clk, "x", log2), Timer(clk, "y", log2):
    clk[0] += 1
print(log2[-2:])
run([Task("a", 1, 1, ["b"]), Task("b", 1, 1, ["c"]), Task("c", 1, 1, ["zzz"])])
