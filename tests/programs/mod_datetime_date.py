# datetime.date: construction, fields, calendar methods, arithmetic with timedelta,
# comparisons, formatting, ISO forms, ordinals and the errors of each.
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()), d.toordinal())
print(d.timetuple()[:9], d.ctime(), d.isoformat(), str(d), format(d, ""), format(d, "%d/%m/%y"))
print(d.strftime("%A %a %B %b %d %j %U %W %m %y %Y %%"), f"{d:%Y-%m}")
print(d + timedelta(days=1), timedelta(days=-60) + d, d - timedelta(weeks=9),
      d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d.replace(year=2023, day=28), d.replace(month=3), date.fromordinal(738000),
      date.fromisoformat("2021-03-04"), date.fromisocalendar(2020, 53, 7),
      date.fromisoformat("20210304"), date.fromisoformat("2021-W10-4"))
print(d == date(2024, 2, 29), d != date(2024, 3, 1), d < date(2025, 1, 1), d >= d,
      d == "2024-02-29", hash(d) == hash(date(2024, 2, 29)))
print(sorted([date(2020, 5, 1), date(2019, 12, 31), date(2020, 1, 1)]), max(d, date(2023, 1, 1)))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, len({d, date(2024, 2, 29)}))
days = [date(2023, 12, 25) + timedelta(i) for i in range(0, 14, 3)]
print([x.strftime("%a %d") for x in days], [x.isocalendar()[1] for x in days])
print([date(y, 1, 1).isocalendar()[:2] for y in (2015, 2016, 2020, 2021, 2027)])


class MyDate(date):
    def describe(self):
        return "MyDate %s" % self.isoformat()


m = MyDate(2020, 1, 2)
print(m.describe(), repr(m), type(m + timedelta(1)).__name__, type(MyDate.today()).__name__,
      type(m.replace(day=5)).__name__, MyDate.fromordinal(1))
for args in [(0, 1, 1), (10000, 1, 1), (2020, 13, 1), (2021, 2, 29), (2020, 4, 31), (2020, 1),
             (1.5, 1, 1), ("2020", 1, 1)]:
    try:
        date(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for f, arg in [(date.fromisoformat, "2020-1-1"), (date.fromisoformat, 20200101),
               (date.fromordinal, 0), (date.fromisocalendar, (2020, 54, 1)),
               (date.fromisocalendar, (2020, 1, 8))]:
    try:
        f(*arg) if isinstance(arg, tuple) else f(arg)
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
for expr in [lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
             lambda: d + 1, lambda: d < 1, lambda: d - 1, lambda: d.strftime(5),
             lambda: d.replace(month=0)]:
    try:
        expr()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
