# time.struct_time: construction, fields, sequence behaviour, errors
import time

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

st = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff)
print(len(st), st[0], st[-1], st[2:5], st[::3], list(st), tuple(st))
print(isinstance(st, tuple), type(st).__name__, type(st).__module__, type(st))
print(st == (2024, 2, 29, 13, 45, 30, 3, 60, 0), st != tuple(st), st < (2025,), hash(st) == hash(tuple(st)))
print(st + (1,), st * 1 == tuple(st), 2024 in st, st.index(45), st.count(0))
a, b, *rest = st
print(a, b, rest)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
z = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'ZZ', 3600))
print(z, z.tm_zone, z.tm_gmtoff, len(z), z == (1, 2, 3, 4, 5, 6, 7, 8, 9))
print(z.__reduce__())
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9), {'tm_zone': 'A', 'tm_gmtoff': 5}).tm_zone)
print(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9, 'B')).tm_gmtoff)
print(time.struct_time([9] * 9), time.struct_time(range(9)))
s = time.struct_time('abcdefghi')
print(s, s.tm_year)
print(time.struct_time(st) == st, time.struct_time(st).tm_zone)
t(lambda: time.struct_time((1, 2, 3)))
t(lambda: time.struct_time(tuple(range(12))))
t(lambda: time.struct_time(5))
t(lambda: time.struct_time())
t(lambda: setattr(st, 'tm_year', 1999))
t(lambda: setattr(st, 'other', 1))
t(lambda: st.missing)
t(lambda: st[9])
g = time.gmtime(0)
print(g.tm_zone, g.tm_gmtoff, type(g) is time.struct_time)
print(sorted([time.gmtime(86400), time.gmtime(0), time.gmtime(-86400)])[0].tm_year)
print({time.gmtime(0): 'epoch'}[(1970, 1, 1, 0, 0, 0, 3, 1, 0)])
