# Bank simulation with inheritance, class attributes, exceptions, and a deterministic LCG.

class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state

    def randint(self, a, b):
        return a + self.next() % (b - a + 1)

    def choice(self, seq):
        return seq[self.next() % len(seq)]


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(account.owner, amount)

    def __str__(self):
        return f"{self.account.owner} cannot withdraw {self.amount} (balance {self.account.balance})"


class Account:
    interest_rate = 0.0
    count = 0

    def __init__(self, owner, balance=0):
        Account.count += 1
        self.number = Account.count
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def available(self):
        return self.balance

    def month_end(self):
        interest = int(self.balance * self.interest_rate)
        self.balance += interest
        return interest

    def __str__(self):
        return f"#{self.number:03d} {type(self).__name__:<9} {self.owner:<6} {self.balance:>9}"


class Savings(Account):
    interest_rate = 0.02


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=500):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        fee = 5 if self.balance < 1000 else 0
        self.balance -= fee
        return -fee


class Premium(Savings, Checking):
    interest_rate = 0.03


rng = LCG(42)
names = ["alice", "bob", "carol", "dave", "erin", "frank"]
kinds = [Savings, Checking, Premium]
accounts = []
for n in names:
    k = rng.choice(kinds)
    accounts.append(k(n, rng.randint(0, 5000)))
print(Premium.__mro__[1].__name__, [c.__name__ for c in Premium.__mro__])
for a in accounts:
    print(a)

failures = 0
for month in range(1, 4):
    for _ in range(12):
        a = rng.choice(accounts)
        amt = rng.randint(1, 3000)
        op = rng.next() % 3
        try:
            if op == 0:
                a.deposit(amt)
            else:
                a.withdraw(amt)
        except InsufficientFunds as e:
            failures += 1
            print(f"  m{month}: {e}")
    total_int = 0
    for a in accounts:
        total_int += a.month_end()
    print(f"month {month}: net interest/fees {total_int:+d}, total {sum(a.balance for a in accounts):,}")

try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print("failures:", failures, "accounts:", Account.count)
for a in sorted(accounts, key=lambda a: a.balance, reverse=True):
    deps = sum(x for k, x in a.history if k == "dep")
    wds = sum(x for k, x in a.history if k == "wd")
    print(f"{a}  deposits={deps:>6} withdrawals={wds:>6} ops={len(a.history)}")
print(isinstance(accounts[0], Account), issubclass(Premium, Checking), Premium.interest_rate)
print(max(accounts, key=lambda a: len(a.history)).owner)
e = InsufficientFunds(accounts[1], 10 ** 20)
print(e.args, repr(e.args[1]))
accounts[2].withdraw(10 ** 9)
