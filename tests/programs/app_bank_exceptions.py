# Exception-heavy banking ledger: chaining, context, finally, else, re-raise, custom hierarchy.

class LedgerError(Exception):
    code = 100

    def __init__(self, msg, **info):
        super().__init__(msg)
        self.info = info

    def __str__(self):
        base = super().__str__()
        if self.info:
            extra = ", ".join(f"{k}={v!r}" for k, v in sorted(self.info.items()))
            return f"[{self.code}] {base} ({extra})"
        return f"[{self.code}] {base}"


class ValidationError(LedgerError):
    code = 200


class BalanceError(LedgerError):
    code = 300


class FrozenAccount(BalanceError):
    code = 310


class Ledger:
    def __init__(self):
        self.balances = {}
        self.frozen = set()
        self.journal = []
        self.depth = 0

    def open(self, name, amount=0):
        if not name.isidentifier():
            raise ValidationError("bad account name", name=name)
        if name in self.balances:
            raise ValidationError("duplicate account", name=name)
        self.balances[name] = amount

    def transfer(self, src, dst, amount):
        self.depth += 1
        snapshot = dict(self.balances)
        try:
            if amount <= 0:
                raise ValidationError("amount must be positive", amount=amount)
            for acct in (src, dst):
                if acct in self.frozen:
                    raise FrozenAccount("account frozen", account=acct)
            try:
                self.balances[src] -= amount
                self.balances[dst] += amount
            except KeyError as e:
                raise ValidationError("no such account", account=e.args[0]) from e
            if self.balances[src] < 0:
                raise BalanceError("insufficient funds", account=src, short=-self.balances[src])
        except LedgerError:
            self.balances = snapshot
            self.journal.append(("rollback", src, dst, amount))
            raise
        else:
            self.journal.append(("ok", src, dst, amount))
            return self.balances[src], self.balances[dst]
        finally:
            self.depth -= 1

    def batch(self, transfers):
        results = []
        for t in transfers:
            try:
                results.append(self.transfer(*t))
            except FrozenAccount as e:
                results.append(("FROZEN", e.info["account"]))
            except BalanceError as e:
                results.append(("NSF", e.info.get("short")))
            except LedgerError as e:
                results.append(("ERR", e.code))
        return results


led = Ledger()
for n, amt in [("alice", 100), ("bob", 50), ("carol", 0), ("dave", 1000)]:
    led.open(n, amt)
for bad in ["9lives", "alice", "has space"]:
    try:
        led.open(bad)
    except ValidationError as e:
        print("open failed:", e, "| code", e.code, "| args", e.args)
led.frozen.add("dave")
res = led.batch([
    ("alice", "bob", 30), ("bob", "carol", 100), ("carol", "alice", -5), ("alice", "zed", 1),
    ("dave", "alice", 10), ("bob", "carol", 80), ("alice", "bob", 70),
])
print(res)
print(led.balances, led.depth)
for entry in led.journal:
    print("  %-8s %-6s -> %-6s %5d" % entry)

try:
    led.transfer("alice", "ghost", 5)
except ValidationError as e:
    print("cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)

try:
    try:
        led.transfer("bob", "alice", 10 ** 6)
    except BalanceError as e:
        raise RuntimeError("batch aborted") from e
except RuntimeError as outer:
    inner = outer.__cause__
    print(outer, "<-", inner, "|", isinstance(inner, LedgerError), inner.info)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("context:", repr(e.__context__), e.__cause__)


def checked(fn):
    def wrapper(*a, **k):
        try:
            return fn(*a, **k)
        except LedgerError as e:
            return f"{fn.__name__} failed: {e}"
        finally:
            wrapper.calls += 1
    wrapper.calls = 0
    return wrapper


@checked
def pay(src, dst, amt):
    return led.transfer(src, dst, amt)


print(pay("alice", "carol", 5), pay("carol", "alice", 10 ** 9), pay.calls)


def finally_returns():
    try:
        return "try"
    finally:
        print("finally runs before return")


def finally_overrides():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("  cleanup", i)
    return "loop done"


print(finally_returns(), finally_overrides())
errs = [ValidationError("a"), BalanceError("b", x=1), FrozenAccount("c"), LedgerError("d")]
print(sorted((e.code, type(e).__name__, str(e)) for e in errs))
print([cls.__name__ for cls in FrozenAccount.__mro__])
print(issubclass(FrozenAccount, LedgerError), isinstance(errs[2], BalanceError))
e = ExceptionGroup("many", [ValueError(1), TypeError(2)]) if "ExceptionGroup" in dir(__builtins__) else None
print(type(e).__name__, len(e.exceptions) if e else 0)
led.transfer("carol", "bob", 1000)
