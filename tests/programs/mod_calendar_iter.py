# calendar.Calendar's iterators and the year-level functions.
import calendar

c = calendar.Calendar()
print(list(c.itermonthdays(2024, 2))[:10], list(c.itermonthdays2(2024, 2))[:3])
print(list(c.itermonthdays3(2023, 12))[-3:], list(c.itermonthdays4(2023, 12))[:2])
print([len(w) for w in c.monthdatescalendar(2024, 9)], c.yeardatescalendar(2024, width=4)[0][0][0][:2])
print(c.yeardays2calendar(2024)[1][0][0][:3], len(c.yeardayscalendar(2024)))
print(calendar.TextCalendar().formatyear(2024, 2, 1, 4, 4)[:300])
print(calendar.prcal is not None, calendar.weekheader(2), calendar.weekheader(9))
print([calendar.monthrange(2023, m) for m in (1, 2, 12)], calendar.leapdays(2000, 2000))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatyear(2024)[:200])
print(calendar.timegm((1970, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((2000, 2, 29, 23, 59, 59)))
for bad in [lambda: calendar.month(2024, 0), lambda: list(c.itermonthdates(9999, 12)),
            lambda: calendar.Calendar(7).getfirstweekday()]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
