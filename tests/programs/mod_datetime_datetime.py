# datetime.datetime and datetime.time: construction, fields, arithmetic, replace, combine,
# isoformat/fromisoformat, strftime/strptime, timestamps in UTC and the errors.
from datetime import datetime, date, time, timedelta, timezone

x = datetime(2024, 3, 10, 12, 30, 45, 500)
print(x, repr(x), x.isoformat(), x.isoformat(" ", "seconds"), x.date(), x.time(), x.ctime())
print(x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.fold, x.tzinfo)
print(x + timedelta(hours=13, minutes=5), x - timedelta(days=70), x - datetime(2024, 1, 1),
      (x - datetime(2024, 1, 1)).total_seconds(), datetime(2024, 1, 1) - x)
print(x.replace(hour=0, microsecond=0), x.timetuple()[:9], x.toordinal(), x.weekday())
print(datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.combine(x.date(), x.time()) == x)
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %j %a %b"), f"{x:%H:%M}", format(x, ""))
print(datetime.fromisoformat("2024-05-06T07:08:09.123"), datetime.fromisoformat("2024-05-06"),
      datetime.fromisoformat("2024-05-06 07:08"), datetime.fromisoformat("20240506T070809"))
print(datetime.strptime("2024-01-02 03:04:05.250", "%Y-%m-%d %H:%M:%S.%f"),
      datetime.strptime("Mar 5 2021 11:02PM", "%b %d %Y %I:%M%p"),
      datetime.strptime("2021-12-31", "%Y-%m-%d").date())
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400 * 365.25),
      datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(),
      datetime.fromtimestamp(1700000000.5, tz=timezone.utc))
print(x == datetime(2024, 3, 10, 12, 30, 45, 500), x < datetime(2025, 1, 1), x > x.replace(year=2000),
      hash(x) == hash(x.replace()), x == x.date(), sorted([x, datetime(2000, 1, 1)])[0])
print(datetime.min, datetime.max, datetime.resolution, repr(datetime(2020, 1, 1, fold=1)))
t = time(13, 5, 7, 123456)
print(t, repr(t), t.isoformat("milliseconds"), t.isoformat("minutes"), t.strftime("%H:%M:%S %p"),
      time(), time(1), repr(time(0, fold=1)), t.replace(hour=1), time.fromisoformat("10:20:30.5"))
print(time(1) < time(2), time(1, 2) == time(1, 2), bool(time()), time.min, time.max)
for args in [(2020, 1, 1, 24), (2020, 1, 1, 0, 60), (2020, 1, 1, 0, 0, 60), (2020, 1, 1, 0, 0, 0, 10**6),
             (2020, 1, 32), (2020, 1)]:
    try:
        datetime(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for expr in [lambda: datetime(2020, 1, 1, fold=2), lambda: datetime.max + timedelta(1),
             lambda: datetime.min - timedelta(1), lambda: datetime(2020, 1, 1) < date(2020, 1, 1),
             lambda: datetime.combine(1, time()), lambda: datetime.combine(date.today(), 1),
             lambda: datetime.fromisoformat("2020-01-01T25:00"), lambda: time.fromisoformat("xx"),
             lambda: datetime.strptime("2020", "%Y %m"), lambda: datetime.strptime(5, "%Y"),
             lambda: datetime.strptime("2020-02-30", "%Y-%m-%d"), lambda: time(1, 2).isoformat("bogus"),
             lambda: time(-1), lambda: time(0, 0, 0, 0, 5), lambda: datetime(2020, 1, 1, tzinfo=5)]:
    try:
        print(expr())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
