# `time.strptime`, loaded into the `time` module's namespace on its first call (CPython's
# `time.strptime` imports `_strptime` lazily too): CPython's `_strptime` for the C locale, with
# its regular expressions replaced by a small backtracking matcher of the same alternatives.

_A_WEEKDAY = [d.lower() for d in _DAYS]
_F_WEEKDAY = [d.lower() for d in _FULL_DAYS]
_A_MONTH = [''] + [m.lower() for m in _MONTHS]
_F_MONTH = [''] + [m.lower() for m in _FULL_MONTHS]

# Each directive's regular expression as a list of alternatives, each a list of character sets
# ('D' is any digit), tried in order as the `re` module would.
_D = '0123456789'


def _alts(*alts):
    result = []
    for alt in alts:
        sets = []
        j = 0
        while j < len(alt):
            if alt[j] == '[':
                k = alt.index(']', j)
                lo, hi = alt[j + 1], alt[k - 1]
                sets.append(''.join(chr(c) for c in range(ord(lo), ord(hi) + 1)))
                j = k + 1
            elif alt[j] == 'D':
                sets.append(_D)
                j += 1
            else:
                sets.append(alt[j])
                j += 1
        result.append(sets)
    return result


_NUMERIC = {
    'd': _alts('3[0-1]', '[1-2]D', '0[1-9]', '[1-9]', ' [1-9]'),
    'H': _alts('2[0-3]', '[0-1]D', 'D'),
    'I': _alts('1[0-2]', '0[1-9]', '[1-9]'),
    'G': _alts('DDDD'),
    'j': _alts('36[0-6]', '3[0-5]D', '[1-2]DD', '0[1-9]D', '00[1-9]', '[1-9]D', '0[1-9]', '[1-9]'),
    'm': _alts('1[0-2]', '0[1-9]', '[1-9]'),
    'M': _alts('[0-5]D', 'D'),
    'S': _alts('6[0-1]', '[0-5]D', 'D'),
    'U': _alts('5[0-3]', '[0-4]D', 'D'),
    'W': _alts('5[0-3]', '[0-4]D', 'D'),
    'w': _alts('[0-6]'),
    'u': _alts('[1-7]'),
    'V': _alts('5[0-3]', '0[1-9]', '[1-4]D', 'D'),
    'y': _alts('DD'),
    'Y': _alts('DDDD'),
    'f': _alts('DDDDDD', 'DDDDD', 'DDDD', 'DDD', 'DD', 'D'),
}


def _names_re(names):
    # _strptime's __seqToRE: longest first; nothing at all when every name is empty.
    names = sorted(names, key=len, reverse=True)
    if all(v == '' for v in names):
        return None
    return names


def _tz_names():
    names = ['utc', 'gmt', tzname[0].lower()]
    if daylight:
        names.append(tzname[1].lower())
    return _names_re(names)


_LOCALE_FORMATS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _compile(fmt):
    """The format as a list of pattern items: ('lit', char), ('ws',), ('num', key, alts),
    ('names', key, names), ('z', key)."""
    items = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            items.append(('ws',))
            continue
        if c != '%':
            items.append(('lit', c))
            i += 1
            continue
        if i + 1 >= n:
            raise IndexError
        d = fmt[i + 1]
        i += 2
        if d in _NUMERIC:
            items.append(('num', d, _NUMERIC[d]))
        elif d in _LOCALE_FORMATS:
            items.extend(_compile(_LOCALE_FORMATS[d]))
        elif d in 'aAbBpZ':
            names = {'a': _A_WEEKDAY, 'A': _F_WEEKDAY, 'b': _A_MONTH, 'B': _F_MONTH,
                     'p': ['am', 'pm']}.get(d) if d != 'Z' else None
            alts = _names_re(names) if d != 'Z' else _tz_names()
            if alts is None:
                items.append(('empty', d))
            else:
                items.append(('names', d, alts))
        elif d == 'z':
            items.append(('z', d))
        elif d == '%':
            items.append(('lit', '%'))
        else:
            # A regex metacharacter after % is escaped with a backslash by _strptime, and
            # whitespace is replaced by \s+: both report the backslash, shown as '%'.
            raise KeyError('%' if d in '\\.^$*+?(){}[]|' or d.isspace() else d)
    return items


def _z_candidates(s, pos):
    # (?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))
    out = []
    if pos < len(s) and s[pos] in '+-':
        j = pos + 1
        if s[j:j + 2].isdigit() and len(s[j:j + 2]) == 2 and s[j:j + 2].isascii():
            j += 2
            for colon in ((1, 0) if s[j:j + 1] == ':' else (0,)):
                k = j + colon
                if s[k:k + 1] in '012345' and s[k:k + 1] and s[k + 1:k + 2] in _D and s[k + 1:k + 2]:
                    base = k + 2
                    longer = []
                    for colon2 in ((1, 0) if s[base:base + 1] == ':' else (0,)):
                        q = base + colon2
                        if s[q:q + 1] and s[q:q + 1] in '012345' and s[q + 1:q + 2] and s[q + 1:q + 2] in _D:
                            end = q + 2
                            if s[end:end + 1] == '.':
                                digits = 0
                                while digits < 6 and s[end + 1 + digits:end + 2 + digits] and \
                                        s[end + 1 + digits] in _D:
                                    digits += 1
                                for dd in range(digits, 0, -1):
                                    longer.append(end + 1 + dd)
                            longer.append(end)
                    out.extend(longer)
                    out.append(base)
    elif s[pos:pos + 1] == 'Z':
        out.append(pos + 1)
    return out


def _match(items, k, s, pos, groups):
    """Backtracking match of items[k:] at s[pos:]; returns the end or None."""
    if k == len(items):
        return pos
    item = items[k]
    kind = item[0]
    if kind == 'lit':
        if pos < len(s) and s[pos].lower() == item[1].lower():
            return _match(items, k + 1, s, pos + 1, groups)
        return None
    if kind == 'ws':
        end = pos
        while end < len(s) and s[end].isspace():
            end += 1
        while end > pos:
            r = _match(items, k + 1, s, end, groups)
            if r is not None:
                return r
            end -= 1
        return None
    if kind == 'empty':
        groups[item[1]] = ''
        return _match(items, k + 1, s, pos, groups)
    key = item[1]
    if kind == 'num':
        ends = []
        for alt in item[2]:
            if pos + len(alt) <= len(s) and all(s[pos + j] in cs for j, cs in enumerate(alt)):
                ends.append(pos + len(alt))
    elif kind == 'names':
        low = s[pos:].lower()
        ends = [pos + len(name) for name in item[2] if low.startswith(name)]
    else:
        ends = _z_candidates(s, pos)
    had = key in groups
    old = groups.get(key)
    for end in ends:
        # A repeated group keeps the value of its last occurrence, as in `re`.
        groups[key] = s[pos:end]
        r = _match(items, k + 1, s, end, groups)
        if r is not None:
            return r
    if had:
        groups[key] = old
    else:
        groups.pop(key, None)
    return None


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = (31, 29 if _isleap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')


def _ordinal(year, month, day):
    _check_date(year, month, day)
    return _days_from_civil(year, month, day) + 719163


def _from_ordinal(n):
    if not 1 <= n <= 3652059:
        raise ValueError('ordinal must be in 1..3652059')
    return _civil_from_days(n - 719163)


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_Mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    return 1 + week_0_length + 7 * (week_of_year - 1) + day_of_week


def _calc_julian_from_V(iso_year, iso_week, iso_weekday):
    correction = _weekday(iso_year, 1, 4) + 1 + 3
    ordinal = (iso_week * 7) + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


class _RegexError(Exception):
    """What `re.error` reports in CPython: a directive used twice in one format."""


_RegexError.__name__ = _RegexError.__qualname__ = 'error'
_RegexError.__module__ = 're'

_strptime_cache = {}


def _strptime(*args, **kwargs):
    if kwargs:
        raise TypeError('strptime() takes no keyword arguments')
    if not 1 <= len(args) <= 2:
        raise TypeError("_strptime_time() missing 1 required positional argument: 'data_string'"
                        if not args else '_strptime_time() takes from 1 to 2 positional '
                        'arguments but %d were given' % len(args))
    tt = _strptime_parts(*args)[0]
    return struct_time(tt)


def _strptime_datetime(cls, data_string, fmt='%a %b %d %H:%M:%S %Y'):
    """`datetime.strptime` (CPython's `_strptime._strptime_datetime`)."""
    from datetime import timedelta, timezone
    # _datetime checks its arguments first, with messages of its own.
    for index, arg in enumerate((data_string, fmt), 1):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s'
                            % (index, type(arg).__name__))
    tt, fraction, gmtoff_fraction = _strptime_parts(data_string, fmt)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = timezone(tzdelta, tzname)
        else:
            tz = timezone(tzdelta)
        args += (tz,)
    return cls(*args)


def _strptime_parts(data_string, fmt='%a %b %d %H:%M:%S %Y'):
    """CPython's `_strptime._strptime`: the struct_time fields, the microseconds (%f) and
    the microseconds of the UTC offset (%z)."""
    for index, arg in enumerate([data_string, fmt]):
        if not isinstance(arg, str):
            raise TypeError('strptime() argument %d must be str, not %s' % (index, type(arg)))
    items = _strptime_cache.get(fmt)
    if items is None:
        try:
            items = _compile(fmt)
            seen = set()
            for item in items:
                if item[0] in ('num', 'names', 'z', 'empty'):
                    if item[1] in seen:
                        # CPython's regular expression refuses a second group of one name.
                        raise _RegexError("redefinition of group name %r" % item[1])
                    seen.add(item[1])
        except KeyError as err:
            raise ValueError("'%s' is a bad directive in format '%s'" % (err.args[0], fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        _strptime_cache[fmt] = items
    found = {}
    end = _match(items, 0, data_string, 0, found)
    if end is None:
        raise ValueError('time data %r does not match format %r' % (data_string, fmt))
    if len(data_string) != end:
        raise ValueError('unconverted data remains: %s' % data_string[end:])
    iso_year = year = None
    month = day = 1
    hour = minute = second = 0
    tz = -1
    gmtoff = None
    fraction = gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    for key in found:
        v = found[key]
        if key == 'y':
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(v)
        elif key == 'G':
            iso_year = int(v)
        elif key == 'm':
            month = int(v)
        elif key == 'B':
            month = _F_MONTH.index(v.lower())
        elif key == 'b':
            month = _A_MONTH.index(v.lower())
        elif key == 'd':
            day = int(v)
        elif key == 'H':
            hour = int(v)
        elif key == 'I':
            hour = int(v)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(v)
        elif key == 'S':
            second = int(v)
        elif key == 'f':
            fraction = int(v + '0' * (6 - len(v)))
        elif key == 'A':
            weekday = _F_WEEKDAY.index(v.lower())
        elif key == 'a':
            weekday = _A_WEEKDAY.index(v.lower())
        elif key == 'u':
            weekday = int(v) - 1
        elif key == 'w':
            weekday = int(v)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'j':
            julian = int(v)
        elif key in ('U', 'W'):
            week_of_year = int(v)
            week_of_year_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(v)
        elif key == 'z':
            z = v
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError('Inconsistent use of : in %s' % v)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = hours * 3600 + minutes * 60 + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder + '0' * (6 - len(gmtoff_remainder)))
                if z.startswith('-'):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            found_zone = v.lower()
            no_saving = ('utc', 'gmt', tzname[0].lower())
            has_saving = (tzname[1].lower(),) if daylight else ()
            for value, tz_values in enumerate((no_saving, has_saving)):
                if found_zone in tz_values:
                    if tzname[0] == tzname[1] and daylight and found_zone not in ('utc', 'gmt'):
                        break
                    tz = value
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_year is None and iso_week is not None:
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday,
                                              week_of_year_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, julian = _calc_julian_from_V(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _isleap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, found.get('Z'), gmtoff),
            fraction, gmtoff_fraction)
