# queue: Queue, PriorityQueue, LifoQueue and SimpleQueue in one thread: put/get, the
# nowait and timeout forms, Empty and Full, task_done/join and argument errors.
import queue
q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.get_nowait(), q.get(timeout=0.01))
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__module__, type(e).__qualname__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
for _ in range(2):
    b.get(); b.task_done()
b.join()
try:
    b.task_done()
except ValueError as e:
    print(type(e).__name__, e)
p = queue.PriorityQueue()
for x in [5, 1, 4, 2]:
    p.put((x, str(x)))
print([p.get() for _ in range(4)])
l = queue.LifoQueue()
for x in "abc":
    l.put(x)
print([l.get() for _ in range(3)])
s = queue.SimpleQueue()
s.put(1); s.put(2)
print(s.qsize(), s.get(), s.get(), s.empty())
try:
    s.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(queue.Queue[int], issubclass(queue.PriorityQueue, queue.Queue))
