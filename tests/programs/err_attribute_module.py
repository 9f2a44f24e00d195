# Uncaught AttributeError on a module
import math
print(math.floor(2.5), math.sqrt(16.0))
print(math.pi > 3)
value = math.squareroot(2)
print(value)
