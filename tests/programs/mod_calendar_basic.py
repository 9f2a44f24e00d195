# calendar: text and HTML calendars, the Calendar iterators, leap years, weekdays, timegm,
# firstweekday and the errors.
import calendar
print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2))
print(list(calendar.day_name), list(calendar.month_abbr))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), c.monthdayscalendar(2024, 3)[:2], list(c.itermonthdates(2024, 2))[:3])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2021, 12, w=3))
hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 1)[:300])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.monthcalendar(2024, 2))
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
