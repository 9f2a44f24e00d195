# SystemExit raised by sys.exit can be caught; exit codes and args
import sys
for arg in [None, 0, 5, "message", [1, 2]]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly", e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
def cleanup_runs():
    try:
        sys.exit(4)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup_runs()
except SystemExit as e:
    print("code", e.code)
try:
    exit_code = 0
    for i in range(3):
        if i == 2:
            raise SystemExit(i)
except SystemExit as e:
    exit_code = e.code
print("exit_code", exit_code)
print("still running")
