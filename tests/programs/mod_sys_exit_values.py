# SystemExit codes: caught values, then exit with a non-string object (printed to stderr)
import sys
for arg in [(), (0,), (1,), (255,), ('text',), (None,), ([1, 2],), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
print('exiting')
sys.exit(['not', 'a', 'string'])
