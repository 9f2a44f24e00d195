# Discrete event simulation: events sorted by time, callbacks via closures, generators as processes.

class Event:
    _seq = 0

    def __init__(self, time, name, action=None):
        Event._seq += 1
        self.seq = Event._seq
        self.time = time
        self.name = name
        self.action = action

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return "<Event %s t=%.2f #%d>" % (self.name, self.time, self.seq)


class Simulator:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.log = []
        self.stats = {}

    def schedule(self, delay, name, action=None):
        ev = Event(self.now + delay, name, action)
        # keep queue sorted by inserting with bisection
        lo, hi = 0, len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.queue[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.queue.insert(lo, ev)
        return ev

    def process(self, name, gen):
        def step():
            try:
                delay = next(gen)
            except StopIteration as stop:
                self.log.append(f"{self.now:7.2f} {name} finished -> {stop.value!r}")
                return
            self.schedule(delay, name, step)
        self.schedule(0, name + ":start", step)

    def run(self, until=None):
        while self.queue:
            ev = self.queue.pop(0)
            if until is not None and ev.time > until:
                self.queue.insert(0, ev)
                break
            self.now = ev.time
            self.stats[ev.name] = self.stats.get(ev.name, 0) + 1
            if ev.action:
                ev.action()
        return self.now


sim = Simulator()


def customer(name, arrivals, service):
    waited = 0.0
    for i, (gap, svc) in enumerate(zip(arrivals, service)):
        yield gap
        sim.log.append(f"{sim.now:7.2f} {name} arrives #{i}")
        yield svc
        waited += svc
        sim.log.append(f"{sim.now:7.2f} {name} served #{i} ({svc:.1f})")
    return round(waited, 3)


def make_ticker(period, label, count):
    n = [0]

    def tick():
        n[0] += 1
        sim.log.append(f"{sim.now:7.2f} tick {label} {n[0]}")
        if n[0] < count:
            sim.schedule(period, label, tick)
    return tick


sim.process("ann", customer("ann", [1.0, 2.5, 0.5], [0.7, 1.3, 2.2]))
sim.process("bob", customer("bob", [0.2, 4.0], [3.1, 0.4]))
sim.schedule(0.0, "T", make_ticker(1.5, "T", 5))
sim.schedule(2.0, "noop")
print(sim.queue)
end = sim.run(until=5.0)
print("paused at", end, "pending", len(sim.queue))
sim.run()
print("\n".join(sim.log))
print(sorted(sim.stats.items()))
print(f"final time {sim.now:.3f}")


def counter_gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


g = counter_gen()
print(next(g), g.send(5), g.send(10), g.send(-3))
try:
    g.send(None)
except StopIteration as e:
    print("stopped with", e.value)
g2 = counter_gen()
next(g2)
g2.close()
print(list(counter_gen()))
events = [Event(t % 3, f"e{t}") for t in range(7)]
print(sorted(events))
print(min(events), max(events))
