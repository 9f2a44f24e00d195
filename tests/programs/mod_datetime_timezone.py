# datetime.timezone and tzinfo: fixed offsets, aware arithmetic and comparisons, astimezone,
# a user tzinfo subclass, naive/aware mixes and the errors.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC

ist = timezone(timedelta(hours=5, minutes=30), "IST")
minus3 = timezone(timedelta(hours=-3))
print(ist, repr(ist), minus3, repr(minus3), timezone.utc, repr(timezone.utc), UTC is timezone.utc)
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1, seconds=1)),
      timezone(timedelta(minutes=-90, microseconds=-5)), repr(timezone.min), str(timezone.max))
y = datetime(2024, 1, 1, 0, 0, tzinfo=ist)
print(y, repr(y), y.utcoffset(), y.tzname(), y.dst(), y.astimezone(timezone.utc),
      y.astimezone(minus3), y.isoformat(), y.timestamp())
print(y == datetime(2023, 12, 31, 18, 30, tzinfo=timezone.utc), y - datetime(2024, 1, 1, tzinfo=minus3),
      y < datetime(2024, 1, 1, tzinfo=timezone.utc), hash(y) == hash(y.astimezone(timezone.utc)))
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"),
      datetime.fromisoformat("2024-05-06T07:08:09.5-03:30").utcoffset(),
      datetime.strptime("2024-01-02 03:04 +0530", "%Y-%m-%d %H:%M %z"),
      datetime.strptime("2024-01-02 03:04 UTC", "%Y-%m-%d %H:%M %Z"),
      datetime.strptime("2024-01-02 03:04 -01:30:15.5", "%Y-%m-%d %H:%M %z").utcoffset())
print(time(12, tzinfo=ist), time(12, tzinfo=ist).utcoffset(), time(12, tzinfo=ist).isoformat(),
      y.timetz(), y.replace(tzinfo=None), y.utctimetuple()[:6])


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset = timedelta(minutes=minutes)
        self.name = name

    def utcoffset(self, dt):
        return self.offset

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)


z = datetime(2020, 6, 1, 12, tzinfo=Fixed(-420, "PDT-ish"))
print(z, z.tzname(), z.astimezone(timezone.utc), z.strftime("%H:%M %Z %z"), z.timetuple().tm_isdst)
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), ist.utcoffset(None))
for expr in [lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=timezone.utc),
             lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=timezone.utc),
             lambda: datetime(2020, 1, 1) == datetime(2020, 1, 1, tzinfo=timezone.utc),
             lambda: time(1) < time(1, tzinfo=ist),
             lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
             lambda: timezone(timedelta(hours=1), 5), lambda: timezone.utc.utcoffset(5),
             lambda: tzinfo().utcoffset(None), lambda: tzinfo().tzname(None),
             lambda: datetime(2020, 1, 1).astimezone(5),
             lambda: timezone.utc.fromutc(datetime(2020, 1, 1))]:
    try:
        print(expr())
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
