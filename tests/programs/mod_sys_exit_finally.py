# sys.exit(None) inside nested try/finally and with statements: cleanups run, status 0
import sys

class Ctx:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False

def inner():
    try:
        with Ctx():
            sys.exit(None)
    finally:
        print('inner finally')

try:
    inner()
except Exception:
    print('SystemExit is not an Exception: never printed')
finally:
    print('outer finally')
print('never printed')
