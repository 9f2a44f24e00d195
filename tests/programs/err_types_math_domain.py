# uncaught ValueError: math domain error
import math
for v in [4, 2.25, 0]:
    print(v, math.sqrt(v))
print(math.sqrt(-1))
