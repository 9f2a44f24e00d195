# partition/rpartition and other splitting helpers
for s in ['key=value', 'key=val=ue', 'novalue', '=start', 'end=', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a--b--c'.partition('--'), 'a--b--c'.rpartition('--'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
url = 'https://example.com/path/to/page.html'
scheme, _, rest = url.partition('://')
host, _, path = rest.partition('/')
d, _, fname = path.rpartition('/')
base, dot, ext = fname.rpartition('.')
print(scheme, host, path, d, fname, base, dot, ext)
