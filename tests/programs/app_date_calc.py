# Calendar arithmetic by hand: leap years, day of week, date differences, month calendars, ISO weeks.

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


class Date:
    __slots__ = ("y", "m", "d")

    def __init__(self, y, m, d):
        if not 1 <= m <= 12:
            raise ValueError(f"month must be in 1..12, not {m}")
        if not 1 <= d <= days_in_month(y, m):
            raise ValueError(f"day {d} is out of range for {MONTHS[m - 1]} {y}")
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, s):
        try:
            y, m, d = (int(p) for p in s.split("-"))
        except ValueError:
            raise ValueError(f"invalid date string {s!r}") from None
        return cls(y, m, d)

    def ordinal(self):
        y = self.y - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(days_in_month(self.y, mm) for mm in range(1, self.m))
        return days + self.d

    @classmethod
    def from_ordinal(cls, n):
        y = (n * 400) // 146097 + 1
        while Date(y, 1, 1).ordinal() > n:
            y -= 1
        while Date(y + 1, 1, 1).ordinal() <= n:
            y += 1
        rem = n - Date(y, 1, 1).ordinal() + 1
        m = 1
        while rem > days_in_month(y, m):
            rem -= days_in_month(y, m)
            m += 1
        return cls(y, m, rem)

    def weekday(self):
        return (self.ordinal() - 1) % 7

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)

    def __eq__(self, other):
        return (self.y, self.m, self.d) == (other.y, other.m, other.d)

    def __lt__(self, other):
        return (self.y, self.m, self.d) < (other.y, other.m, other.d)

    def __hash__(self):
        return hash((self.y, self.m, self.d))

    def isocalendar(self):
        wd = self.weekday()
        thursday = self + (3 - wd)
        first = Date(thursday.y, 1, 1)
        week = (thursday - first) // 7 + 1
        return thursday.y, week, wd + 1

    def __str__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"

    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"

    def __format__(self, spec):
        if not spec:
            return str(self)
        return (spec.replace("%Y", f"{self.y:04d}").replace("%m", f"{self.m:02d}").replace("%d", f"{self.d:02d}")
                .replace("%B", MONTHS[self.m - 1]).replace("%b", MONTHS[self.m - 1][:3]).replace("%A", DAYS[self.weekday()]))


def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = Date(y, m, 1).weekday()
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in (1900, 2000, 2004, 2023, 2024, 2100, 2400) if is_leap(y)])
dates = [Date(1969, 7, 20), Date(2000, 1, 1), Date(2024, 2, 29), Date(1, 1, 1), Date(9999, 12, 31)]
for dt in dates:
    print(f"{dt} {dt!r:20} ord={dt.ordinal():>7} {DAYS[dt.weekday()]:<9} iso={dt.isocalendar()} {dt:%A, %d %B %Y}")
a, b = Date.parse("2023-03-15"), Date.parse("2024-12-25")
print(b - a, a + 365, b - 100, a + 0 == a, (b - 1000) < a, sorted(dates)[:2])
print(Date.from_ordinal(738000), all(Date.from_ordinal(n).ordinal() == n for n in range(730000, 731000, 7)))
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays = [d for d in (Date(2024, m, 13) for m in range(1, 13)) if d.weekday() == 4]
print("friday 13ths in 2024:", [f"{d:%b}" for d in fridays])
counts = [0] * 7
for y in range(1901, 2001):
    for m in range(1, 13):
        counts[Date(y, m, 1).weekday()] += 1
print("first-of-month weekdays 1901-2000:", dict(zip(DAYS, counts)))
print(len({Date(2020, 1, 1), Date(2020, 1, 1), Date(2020, 1, 2)}))
d = Date(2024, 1, 31)
for _ in range(5):
    y, m = (d.y + 1, 1) if d.m == 12 else (d.y, d.m + 1)
    d = Date(y, m, min(31, days_in_month(y, m)))
    print(d, end=" ")
print()
for bad in ["2023-02-29", "2023-13-01", "2023-xx-01", "2023-04-31"]:
    try:
        Date.parse(bad)
    except ValueError as e:
        print("ValueError:", e)
secs = 1_700_000_000
days, rem = divmod(secs, 86400)
h, rem = divmod(rem, 3600)
mi, s = divmod(rem, 60)
print(Date(1970, 1, 1) + days, f"{h:02d}:{mi:02d}:{s:02d}")
Date(2023, 2, 29)
