# time: time(), perf_counter(), monotonic(), sleep() (values never printed)
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t0 > 1600000000, t0 < 5000000000)
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, p1 > p0, m1 >= m0, p1 - p0 >= 0.009, p1 - p0 < 5)
r = time.sleep(0)
print(r)
total = 0
start = time.perf_counter()
for i in range(10000):
    total += i
print(total, time.perf_counter() >= start)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
