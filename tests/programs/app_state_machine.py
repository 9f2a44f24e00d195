# A traffic-light / vending machine state machine using classes, enums-by-hand and dispatch tables.

class State:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        State.registry[cls.__name__.lower()] = cls

    def __init__(self, machine):
        self.machine = machine

    def on(self, event, *args):
        handler = getattr(self, "on_" + event, None)
        if handler is None:
            raise InvalidTransition(type(self).__name__, event)
        return handler(*args)

    def __repr__(self):
        return f"<{type(self).__name__}>"


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot handle {event!r} in state {state}")
        self.state, self.event = state, event


class Idle(State):
    def on_coin(self, amount):
        self.machine.credit += amount
        return "ready"

    def on_refill(self, item, n):
        self.machine.stock[item] = self.machine.stock.get(item, 0) + n
        return "idle"


class Ready(State):
    def on_coin(self, amount):
        self.machine.credit += amount
        return "ready"

    def on_select(self, item):
        m = self.machine
        price = m.prices.get(item)
        if price is None:
            m.display = f"unknown item {item}"
            return "ready"
        if m.stock.get(item, 0) == 0:
            m.display = f"{item} sold out"
            return "ready"
        if m.credit < price:
            m.display = f"insert {price - m.credit} more"
            return "ready"
        m.credit -= price
        m.stock[item] -= 1
        m.sold.append(item)
        m.display = f"vend {item}"
        return "vending"

    def on_cancel(self):
        self.machine.display = f"refund {self.machine.credit}"
        self.machine.credit = 0
        return "idle"


class Vending(State):
    def on_take(self):
        return "ready" if self.machine.credit else "idle"


class Machine:
    def __init__(self, prices):
        self.prices = prices
        self.stock = {}
        self.credit = 0
        self.sold = []
        self.display = ""
        self.state = Idle(self)
        self.trace = []

    def send(self, event, *args):
        before = type(self.state).__name__
        try:
            nxt = self.state.on(event, *args)
        except InvalidTransition as e:
            self.trace.append(f"{before:8} --{event}--> ERROR")
            raise
        self.state = State.registry[nxt](self)
        self.trace.append(f"{before:8} --{event}{args if args else ''}--> {type(self.state).__name__}")
        return self


m = Machine({"cola": 150, "chips": 95, "gum": 40})
m.send("refill", "cola", 2).send("refill", "gum", 5).send("refill", "chips", 1)
script = [("coin", 100), ("select", "cola"), ("coin", 100), ("select", "cola"), ("take",),
          ("select", "tea"), ("select", "gum"), ("take",), ("coin", 200), ("select", "chips"), ("take",),
          ("select", "chips"), ("cancel",), ("take",), ("coin", 500), ("select", "cola"), ("take",),
          ("select", "cola"), ("cancel",)]
for ev, *args in script:
    try:
        m.send(ev, *args)
        print(f"{ev:7} {str(args):12} credit={m.credit:4d} display={m.display!r}")
    except InvalidTransition as e:
        print("!!", e, e.state, e.event)
print("\n".join(m.trace))
print(m.sold, m.stock, sorted(State.registry))

LIGHT = {
    "red": ("green", 30),
    "green": ("yellow", 25),
    "yellow": ("red", 5),
}


def light_cycle(start, seconds):
    state, t = start, 0
    while t < seconds:
        nxt, dur = LIGHT[state]
        yield t, state
        t += dur
        state = nxt


timeline = list(light_cycle("red", 200))
print(timeline)
time_in = {}
for (t0, s), (t1, _) in zip(timeline, timeline[1:] + [(200, None)]):
    time_in[s] = time_in.get(s, 0) + (t1 - t0)
print(time_in, sum(time_in.values()))
print({s: f"{v / 200:.1%}" for s, v in time_in.items()})


def parse_bin_divisible_by_3(bits):
    trans = {(0, "0"): 0, (0, "1"): 1, (1, "0"): 2, (1, "1"): 0, (2, "0"): 1, (2, "1"): 2}
    s = 0
    for b in bits:
        s = trans[(s, b)]
    return s == 0


print([n for n in range(40) if parse_bin_divisible_by_3(bin(n)[2:])])
print(all(parse_bin_divisible_by_3(format(n, "b")) == (n % 3 == 0) for n in range(2000)))
Machine({}).send("take")
