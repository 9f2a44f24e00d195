# sys.exit inside try/finally, SystemExit handling
import sys
def f():
    try:
        print('in try')
        sys.exit(3)
    finally:
        print('finally runs')
try:
    f()
except SystemExit as e:
    print('caught SystemExit', e.code, type(e).__name__, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print('no arg', e.code, e.args)
try:
    sys.exit('message')
except SystemExit as e:
    print('str arg', e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(isinstance(e, Exception), isinstance(e, BaseException), e.code)
print('about to exit with 4')
sys.stdout.flush()
try:
    sys.exit(4)
finally:
    print('last finally')
print('never printed')
