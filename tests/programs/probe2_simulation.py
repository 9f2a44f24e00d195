class Account:
    def __init__(self, owner, number, balance=0):
        self.owner = owner
        self.number = number
        self.balance = balance
        self.history = []

    def deposit(self, amt, day):
        if amt <= 0:
            raise ValueError(f"invalid deposit {amt}")
        self.balance += amt
        self.history.append((day, "dep", amt))

    def withdraw(self, amt, day):
        if amt > self.balance:
            raise RuntimeError(f"insufficient funds in {self.number}: {self.balance} < {amt}")
        self.balance -= amt
        self.history.append((day, "wd", amt))

    def __repr__(self):
        return f"<{self.number} {self.owner} {self.balance}>"

class Bank:
    def __init__(self, rate_bp):
        self.accounts = {}
        self.rate_bp = rate_bp
        self.failures = []
        self.next_no = 1000

    def open(self, owner, initial):
        no = f"AC{self.next_no}"
        self.next_no += 7
        self.accounts[no] = Account(owner, no, initial)
        return no

    def transfer(self, src, dst, amt, day):
        try:
            self.accounts[src].withdraw(amt, day)
            self.accounts[dst].deposit(amt, day)
        except KeyError as e:
            self.failures.append((day, "no such account " + str(e)))
        except (RuntimeError, ValueError) as e:
            self.failures.append((day, str(e)))

    def accrue(self, day):
        for acc in self.accounts.values():
            interest = acc.balance * self.rate_bp // 10000
            if interest:
                acc.deposit(interest, day)

bank = Bank(rate_bp=125)
owners = ["dora", "ali", "bea", "cy", "eve"]
nos = [bank.open(o, 100 * (i + 1) ** 2) for i, o in enumerate(owners)]
print(nos)
for day in range(1, 31):
    a = nos[day % 5]
    b = nos[(day * 3 + 1) % 5]
    amt = (day * 37) % 250 + 1
    if a != b:
        bank.transfer(a, b, amt, day)
    if day % 10 == 0:
        bank.accrue(day)
    if day == 13:
        bank.transfer(nos[0], "AC9999", 5, day)
        bank.transfer(nos[1], nos[2], -4, day)
print("failures:", len(bank.failures))
for day, msg in bank.failures[:6]:
    print(f"  day {day:>2}: {msg}")
print(f"{'acct':<8}{'owner':<6}{'bal':>8}{'ops':>5}{'in':>7}{'out':>7}")
for acc in sorted(bank.accounts.values(), key=lambda a: (-a.balance, a.owner)):
    tin = sum(x for _, k, x in acc.history if k == "dep")
    tout = sum(x for _, k, x in acc.history if k == "wd")
    print(f"{acc.number:<8}{acc.owner:<6}{acc.balance:>8,}{len(acc.history):>5}{tin:>7}{tout:>7}")
total = sum(a.balance for a in bank.accounts.values())
print("total", total, "avg", f"{total / len(bank.accounts):.2f}")

# elevator
requests = [(0, 5), (1, 2), (2, 8), (2, 0), (4, 3), (6, 9), (7, 1), (9, 4), (12, 0)]
floor, t, direction = 0, 0, 0
pending = []
log = []
ri = 0
served = {}
while t < 60 and (ri < len(requests) or pending):
    while ri < len(requests) and requests[ri][0] <= t:
        pending.append(requests[ri][1])
        ri += 1
    if floor in pending:
        cnt = pending.count(floor)
        pending = [f for f in pending if f != floor]
        served[floor] = served.get(floor, 0) + cnt
        log.append(f"t={t:02d} stop@{floor} x{cnt}")
    if pending:
        above = [f for f in pending if f > floor]
        below = [f for f in pending if f < floor]
        if direction >= 0 and above or not below:
            direction = 1 if above else 0
        else:
            direction = -1
        floor += direction
    t += 1
print("\n".join(log))
print("end", t, floor, dict(sorted(served.items())), sum(served.values()))

# queue simulation
queue, waits, clock = [], [], 0
arrivals = {t: (t * 7) % 3 for t in range(20)}
service = 0
for clock in range(30):
    for k in range(arrivals.get(clock, 0)):
        queue.append((clock, f"c{clock}.{k}"))
    if service == 0 and queue:
        arr, name = queue.pop(0)
        waits.append((clock - arr, name))
        service = 1 + len(name) % 3
    service = max(0, service - 1)
waits.sort(key=lambda w: (-w[0], w[1]))
print(len(waits), waits[:5], f"mean wait {sum(w for w, _ in waits) / len(waits):.3f}", len(queue))
