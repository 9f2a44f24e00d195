# LRU cache with a doubly-linked list, decorators with closures, memoisation statistics.

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive, got %d" % capacity)
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({self.capacity}, {{{items}}})"


def lru(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)

        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorator


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c)
print(c.get("a"), c.get("z", "missing"))
c.put("d", 4)
print(c, "b" in c, len(c))
c.put("c", 33)
c.put("e", 5)
print(list(c.keys()), c.hits, c.misses, c.evictions)


@lru(100)
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib.__name__, fib.__doc__)
print(fib(90), fib(200))
print("hits", fib.cache.hits, "misses", fib.cache.misses, "size", len(fib.cache))


@lru(8)
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


print([binom(10, k) for k in range(11)])
print(binom(24, 12), binom.cache.evictions > 0)


@lru(16)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_len)
print("longest collatz under 3000:", best, collatz_len(best))
print("stats:", collatz_len.cache.hits, collatz_len.cache.misses, collatz_len.cache.evictions)
print(list(collatz_len.cache.keys())[:5])
try:
    LRUCache(0)
except ValueError as e:
    print(e)
print(fib(1000) % 10 ** 20, len(str(fib(1000))))
