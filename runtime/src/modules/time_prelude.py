# The calendar half of `time`, run in the module's namespace after the native clocks are added.
#
# It mirrors CPython 3.11's timemodule.c on glibc: `struct_time` is a tuple subclass with named
# fields (CPython's struct sequence), argument checks follow `gettmarg`/`checktm` with their
# messages, `strftime` reproduces glibc 2.36's C-locale output (flags `_ - 0 ^ #` and widths
# included), and `strptime` is CPython's `_strptime` with its regular expressions replaced by a
# small backtracking matcher of the same alternatives (time_strptime.py, loaded on first use).
# Local time comes from the native `_localtype(secs)` -> (gmtoff, isdst, abbreviation).

import operator as _operator

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


def _make_struct_time(cls, sequence, dict=None):
    try:
        items = tuple(sequence)
    except TypeError:
        raise TypeError('constructor requires a sequence') from None
    n = len(items)
    if n < 9:
        raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % n)
    if n > 11:
        raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % n)
    if dict is not None and not isinstance(dict, type({})):
        raise TypeError('time.struct_time() takes a dict as second arg, if any')
    extra = list(items[9:])
    for name in ('tm_zone', 'tm_gmtoff')[len(extra):]:
        extra.append(dict.get(name) if dict is not None else None)
    self = tuple.__new__(cls, items[:9])
    object.__setattr__(self, '_extra', tuple(extra))
    return self


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, *args, **kwargs):
        if not args and 'sequence' not in kwargs:
            raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
        return _make_struct_time(cls, *args, **kwargs)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(
            f + '=' + repr(v) for f, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self), {'tm_zone': self.tm_zone, 'tm_gmtoff': self.tm_gmtoff}))

    def __setattr__(self, name, value):
        if name in _FIELDS or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __getattr__(self, name):
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    tm_zone = property(lambda self: self._extra[0], doc='abbreviation of timezone name')
    tm_gmtoff = property(lambda self: self._extra[1], doc='offset from UTC in seconds')


def _field(i, doc):
    return property(lambda self: self[i], doc=doc)


for _i, _doc in enumerate(('year, for example, 1993', 'month of year, range [1, 12]',
                           'day of month, range [1, 31]', 'hours, range [0, 23]',
                           'minutes, range [0, 59]', 'seconds, range [0, 61])',
                           'day of week, range [0, 6], Monday is 0', 'day of year, range [1, 366]',
                           '1 if summer time is in effect, 0 if not, and -1 if unknown')):
    setattr(struct_time, _FIELDS[_i], _field(_i, _doc))
del _i, _doc, _field
struct_time.__module__ = 'time'

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                'September', 'October', 'November', 'December')
_INT_MAX = 2 ** 31 - 1
_INT_MIN = -2 ** 31
_TIME_T_MAX = 2 ** 63 - 1


def _isleap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    if m <= 2:
        y -= 1
    era = y // 400
    yoe = y - era * 400
    doy = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def _civil_from_days(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


def _time_t(secs):
    """`_PyTime_ObjectToTime_t` with floor rounding; None is now."""
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError('Invalid value NaN (not a number)')
        if not (-9.223372036854776e18 <= secs < 9.223372036854776e18):
            raise OverflowError('timestamp out of range for platform time_t')
        return int(secs // 1)
    n = _operator.index(secs)
    if not (-_TIME_T_MAX - 1 <= n <= _TIME_T_MAX):
        raise OverflowError('timestamp out of range for platform time_t')
    return n


def _broken_down(t, gmtoff, isdst, zone):
    """A struct_time for `t` seconds shifted by `gmtoff`, as glibc's __offtime fills `struct tm`."""
    t += gmtoff
    days, rem = divmod(t, 86400)
    y, m, d = _civil_from_days(days)
    if not (_INT_MIN + 1900 <= y <= _INT_MAX + 1900):
        raise OSError(75, 'Value too large for defined data type')
    yday = days - _days_from_civil(y, 1, 1) + 1
    wday = (days + 3) % 7
    return struct_time((y, m, d, rem // 3600, rem // 60 % 60, rem % 60, wday, yday, isdst,
                        zone, gmtoff))


def gmtime(*args, **kwargs):
    """gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,
                       tm_sec, tm_wday, tm_yday, tm_isdst)"""
    if kwargs:
        raise TypeError('gmtime() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('gmtime() takes at most 1 argument (%d given)' % len(args))
    return _broken_down(_time_t(args[0] if args else None), 0, 0, 'GMT')


def localtime(*args, **kwargs):
    """localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,
                          tm_sec,tm_wday,tm_yday,tm_isdst)"""
    if kwargs:
        raise TypeError('localtime() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('localtime() takes at most 1 argument (%d given)' % len(args))
    t = _time_t(args[0] if args else None)
    gmtoff, isdst, zone = _localtype(t)
    return _broken_down(t, gmtoff, int(isdst), zone)


def _c_int(v):
    """A `PyArg_ParseTuple` "i" conversion."""
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    n = _operator.index(v)
    if not (-2 ** 63 <= n < 2 ** 63):
        raise OverflowError('Python int too large to convert to C long')
    if n > _INT_MAX:
        raise OverflowError('signed integer is greater than maximum')
    if n < _INT_MIN:
        raise OverflowError('signed integer is less than minimum')
    return n


def _gettmarg(t, fname):
    """CPython's `gettmarg`: a C `struct tm` as a list (year as in Python, month 0-11, wday with
    Sunday 0, yday 0-365, isdst) plus zone and gmtoff."""
    if not isinstance(t, tuple):
        raise TypeError('Tuple or struct_time argument required')
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % fname)
    y, mon, mday, hour, minute, sec, wday, yday, isdst = [_c_int(v) for v in t]
    if y < _INT_MIN + 1900:
        raise OverflowError('year out of range')
    zone = None
    gmtoff = 0
    if type(t) is struct_time:
        if t.tm_zone is not None:
            zone = t.tm_zone
        if t.tm_gmtoff is not None:
            gmtoff = _operator.index(t.tm_gmtoff)
    # C's % truncates toward zero.
    wday = wday + 1
    wday = wday - int(wday / 7) * 7
    return [y, mon - 1, mday, hour, minute, sec, wday, yday - 1, isdst], zone, gmtoff


def _checktm(tm):
    if tm[1] == -1:
        tm[1] = 0
    elif not 0 <= tm[1] <= 11:
        raise ValueError('month out of range')
    if tm[2] == 0:
        tm[2] = 1
    elif not 0 <= tm[2] <= 31:
        raise ValueError('day of month out of range')
    if not 0 <= tm[3] <= 23:
        raise ValueError('hour out of range')
    if not 0 <= tm[4] <= 59:
        raise ValueError('minute out of range')
    if not 0 <= tm[5] <= 61:
        raise ValueError('seconds out of range')
    if tm[6] < 0:
        raise ValueError('day of week out of range')
    if tm[7] == -1:
        tm[7] = 0
    elif not 0 <= tm[7] <= 365:
        raise ValueError('day of year out of range')


def _tm_arg(args, kwargs, fname):
    """The optional time-tuple argument of asctime/strftime: the local time now by default."""
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % fname)
    if args:
        tm, zone, gmtoff = _gettmarg(args[0], fname)
        _checktm(tm)
        return tm, zone, gmtoff
    now = localtime()
    tm, zone, gmtoff = _gettmarg(now, fname)
    return tm, zone, gmtoff


def _asctime(tm):
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[(tm[6] + 6) % 7], _MONTHS[tm[1]], tm[2], tm[3],
                                          tm[4], tm[5], tm[0])


def asctime(*args, **kwargs):
    """asctime([tuple]) -> string"""
    if len(args) > 1:
        raise TypeError('asctime expected at most 1 argument, got %d' % len(args))
    return _asctime(_tm_arg(args, kwargs, 'asctime')[0])


def ctime(*args, **kwargs):
    """ctime(seconds) -> string"""
    if kwargs:
        raise TypeError('ctime() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('ctime() takes at most 1 argument (%d given)' % len(args))
    lt = localtime(*args)
    return _asctime([lt[0], lt[1] - 1, lt[2], lt[3], lt[4], lt[5], (lt[6] + 1) % 7])


def _timelocal(tm):
    """glibc's mktime on a `struct tm` list: seconds since the epoch, or None out of range."""
    y, mon = tm[0], tm[1]
    y += mon // 12
    mon %= 12
    days = _days_from_civil(y, mon + 1, 1) + tm[2] - 1
    local = days * 86400 + tm[3] * 3600 + tm[4] * 60 + tm[5]
    # Find the offset in effect at the result: iterate from the offset at the local reading.
    t = local
    for _ in range(3):
        gmtoff, isdst, _zone = _localtype(t)
        t = local - gmtoff
    gmtoff, isdst, _zone = _localtype(t)
    # A requested isdst that disagrees with the zone shifts by the usual hour, as glibc does.
    if tm[8] > 0 and not isdst:
        t -= 3600
    elif tm[8] == 0 and isdst:
        t += 3600
    if not (-_TIME_T_MAX - 1 <= t <= _TIME_T_MAX):
        return None
    gmtoff = _localtype(t)[0]
    if not (_INT_MIN + 1900 <= _civil_from_days((t + gmtoff) // 86400)[0] <= _INT_MAX + 1900):
        return None
    return t


def mktime(*args, **kwargs):
    """mktime(tuple) -> floating point number"""
    if kwargs:
        raise TypeError('mktime() takes no keyword arguments')
    if len(args) != 1:
        raise TypeError('time.mktime() takes exactly one argument (%d given)' % len(args))
    tm = _gettmarg(args[0], 'mktime')[0]
    t = _timelocal(tm)
    if t is None:
        raise OverflowError('mktime argument out of range')
    return float(t)


def _iso_week_days(yday, wday):
    return yday - (yday - wday + 4 + 378) % 7 + 3


def _iso_year_week(tm):
    year = tm[0]
    days = _iso_week_days(tm[7], tm[6])
    adjust = 0
    if days < 0:
        adjust = -1
        days = _iso_week_days(tm[7] + 365 + _isleap(year - 1), tm[6])
    else:
        d = _iso_week_days(tm[7] - 365 - _isleap(year), tm[6])
        if d >= 0:
            adjust = 1
            days = d
    return year + adjust, days // 7 + 1


def _number(n, digits, pad, width):
    """glibc's numeric conversion: `digits` is the default minimum width."""
    sign = '-' if n < 0 else ''
    body = str(abs(n))
    if pad == '-':
        return (sign + body).rjust(width if width > 0 else 0)
    w = max(width, digits)
    if pad == '_':
        return (sign + body).rjust(w)
    return sign + body.rjust(w - len(sign), '0')


def _text(s, pad, width, upper):
    if upper:
        s = s.upper()
    if width > len(s):
        return s.rjust(width, '0' if pad == '0' else ' ')
    return s


def _bad(fmt, end, pad, width, upper):
    # glibc copies an unknown conversion back to the nearest '%', padded to the width.
    return _text(fmt[fmt.rindex('%', 0, end):end], pad, width, upper)


_COMPOSITE = {'c': '%a %b %e %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
              'F': '%Y-%m-%d', 'r': '%I:%M:%S %p', 'R': '%H:%M', 'T': '%H:%M:%S'}
_E_OK = 'cCxXyYz'
_O_OK = 'bBhdeHIklmMSuUVwWyz'


def _strftime(fmt, tm, zone, gmtoff):
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%':
            out.append(c)
            i += 1
            continue
        i += 1
        pad = ''
        upper = swap = False
        while i < n and fmt[i] in '_-0^#':
            if fmt[i] == '^':
                upper = True
            elif fmt[i] == '#':
                swap = True
            else:
                pad = fmt[i]
            i += 1
        width = 0
        while i < n and fmt[i].isdigit():
            width = width * 10 + int(fmt[i])
            i += 1
        modifier = ''
        if i < n and fmt[i] in 'EO':
            modifier = fmt[i]
            i += 1
        if i >= n:
            out.append(_bad(fmt, n, pad, width, upper))
            break
        d = fmt[i]
        i += 1
        if (modifier == 'E' and d not in _E_OK) or (modifier == 'O' and d not in _O_OK) or \
                (modifier and d in 'nt%'):
            out.append(_bad(fmt, i, pad, width, upper))
            continue
        y = tm[0]
        if d in _COMPOSITE:
            s = _strftime(_COMPOSITE[d], tm, zone, gmtoff)
            out.append(_text(s, pad, width, upper))
        elif d in 'aA':
            names = _DAYS if d == 'a' else _FULL_DAYS
            out.append(_text(names[(tm[6] + 6) % 7], pad, width, upper or swap))
        elif d in 'bBh':
            names = _FULL_MONTHS if d == 'B' else _MONTHS
            out.append(_text(names[tm[1]], pad, width, upper or swap))
        elif d in 'pP':
            s = 'AM' if tm[3] < 12 else 'PM'
            if d == 'P' or swap:
                s = s.lower()
            out.append(_text(s, pad, width, upper and not swap and d == 'p'))
        elif d == 'Z':
            if not zone:
                s = tzname[tm[8]] if tm[8] >= 0 else ''
            else:
                s = zone
            if swap:
                s = s.lower()
            out.append(_text(s, pad, width, upper and not swap))
        elif d == 'z':
            if tm[8] < 0:
                continue
            sign = '-' if gmtoff < 0 else '+'
            m = abs(gmtoff) // 60
            # The sign, then hhmm as a 4-digit number under the flags (glibc's widths on
            # %z are not reproduced: the result is only right-justified).
            s = sign + _number(m // 60 * 100 + m % 60, 4, pad if pad in '_-' else '0', 0)
            out.append(s.rjust(width))
        elif d in 'nt%':
            out.append(_text('\n' if d == 'n' else '\t' if d == 't' else '%', pad, width, False))
        elif d == 's':
            t = _timelocal(list(tm))
            out.append(_number(t if t is not None else -1, 1, pad, width))
        else:
            spaced = d in 'ekl'
            p = '_' if spaced and pad == '' else pad
            if d == 'd':
                v, k = tm[2], 2
            elif d == 'e':
                v, k = tm[2], 2
            elif d in 'Hk':
                v, k = tm[3], 2
            elif d in 'Il':
                v, k = (tm[3] % 12 or 12), 2
            elif d == 'j':
                v, k = tm[7] + 1, 3
            elif d == 'm':
                v, k = tm[1] + 1, 2
            elif d == 'M':
                v, k = tm[4], 2
            elif d == 'S':
                v, k = tm[5], 2
            elif d == 'u':
                v, k = (tm[6] + 6) % 7 + 1, 1
            elif d == 'w':
                v, k = tm[6], 1
            elif d == 'U':
                v, k = (tm[7] - tm[6] + 7) // 7, 2
            elif d == 'W':
                v, k = (tm[7] - (tm[6] - 1 + 7) % 7 + 7) // 7, 2
            elif d == 'y':
                v, k = y % 100, 2
            elif d == 'Y':
                v, k = y, 1
            elif d == 'C':
                v, k = y // 100, 1
            elif d in 'gG':
                iso_year, _week = _iso_year_week(tm)
                v, k = (iso_year % 100, 2) if d == 'g' else (iso_year, 1)
            elif d == 'V':
                v, k = _iso_year_week(tm)[1], 2
            else:
                out.append(_bad(fmt, i, pad, width, upper))
                continue
            out.append(_number(v, k, p, width))
    return ''.join(out)


def strftime(*args, **kwargs):
    """strftime(format[, tuple]) -> string"""
    if kwargs:
        raise TypeError('strftime() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        raise TypeError('strftime() takes at least 1 argument (0 given)' if not args else
                        'strftime() takes at most 2 arguments (%d given)' % len(args))
    fmt = args[0]
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    tm, zone, gmtoff = _tm_arg(args[1:], None, 'strftime')
    if tm[8] < -1:
        tm[8] = -1
    elif tm[8] > 1:
        tm[8] = 1
    if '\0' in fmt:
        raise ValueError('embedded null character')
    return _strftime(fmt, tm, zone, gmtoff)


def _clock_info(implementation, monotonic, adjustable):
    from types import SimpleNamespace
    return SimpleNamespace(implementation=implementation, monotonic=monotonic,
                           adjustable=adjustable, resolution=1e-09)


def get_clock_info(name):
    """get_clock_info(name: str) -> dict"""
    if not isinstance(name, str):
        raise TypeError('get_clock_info() argument 1 must be str, not %s' % type(name).__name__)
    if name == 'time':
        return _clock_info('clock_gettime(CLOCK_REALTIME)', False, True)
    if name in ('monotonic', 'perf_counter'):
        return _clock_info('clock_gettime(CLOCK_MONOTONIC)', True, False)
    if name == 'process_time':
        return _clock_info('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False)
    if name == 'thread_time':
        return _clock_info('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False)
    raise ValueError('unknown clock')


def tzset():
    """Initialize, or reinitialize, the local timezone to the value of TZ."""
    global timezone, altzone, daylight, tzname
    # As CPython's init_timezone on Linux: probe the start of the current (365.25-day) year
    # and half a year later.
    year = (365 * 24 + 6) * 3600
    t = int(time()) // year * year
    jan = _localtype(t)
    jul = _localtype(t + year // 2)
    janzone, julzone = -jan[0], -jul[0]
    if janzone < julzone:
        # The southern hemisphere: daylight time in January.
        timezone, altzone, tzname = julzone, janzone, (jul[2], jan[2])
    else:
        timezone, altzone, tzname = janzone, julzone, (jan[2], jul[2])
    daylight = int(janzone != julzone)


tzset()


def strptime(*args, **kwargs):
    """strptime(string, format) -> struct_time"""
    _load_strptime(globals())
    return _strptime(*args, **kwargs)


def _datetime_strptime(cls, date_string, format):
    """`datetime.strptime`'s parser, the same as strptime's."""
    _load_strptime(globals())
    return _strptime_datetime(cls, date_string, format)
