# sys.exit(3): no traceback, exit status 3
import sys
print("doing work")
for i in range(3):
    print("step", i)
sys.stdout.flush()
sys.exit(3)
print("never")
