# random: sample (the pool and the set algorithms, counts) and choices (plain, weights,
# cum_weights) draw exactly CPython's numbers, with CPython's errors.
import random


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for seed in [0, 99, -123456789, 2**90, "sample", b"\x01"]:
    random.seed(seed)
    print("seed", repr(seed))
    # Small populations use the pool; a few picks from a big one use the set.
    print(random.sample(range(10), 10), random.sample(range(10), 0), random.sample("abcdef", 3))
    print(random.sample(range(100), 5), random.sample(range(100), 6), random.sample(range(100), 30))
    print(random.sample(range(10**9), 8), random.sample(range(2**62), 3))
    print(random.sample([[1], [2], [3], [4]], 2), random.sample((1.5, 2.5, 3.5), 2), random.sample(b"xyz", 2))
    print(random.sample(population=list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), k=26))
    print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample("ab", k=6, counts=[3, 3]))
    print(random.sample(range(3), 2, counts=[10, 0, 5]), random.sample("xyz", counts=(1, True, 2), k=4))
    s = random.sample(range(100000), 1000)
    print(sum(s), len(set(s)), s[:5])
    print(sum(random.sample(range(5000), 2000)))

    print(random.choices("abcde"), random.choices("abcde", k=10), random.choices(range(1000), k=4))
    print(random.choices("abc", [1, 0, 0], k=3), random.choices("abc", [0, 0, 1], k=3))
    print(random.choices("abc", [5, 1, 2.5], k=8), random.choices("abc", weights=(1, 1, 1), k=4))
    print(random.choices("abc", cum_weights=[1, 2, 3], k=8), random.choices([10, 20, 30], cum_weights=(0.5, 0.5, 9), k=5))
    print(random.choices(range(10), [i * i for i in range(10)], k=10), random.choices("ab", [True, True], k=4))
    print(random.choices("abc", k=0), random.choices("abc", k=-3), random.choices("abc", [1, 2, 3], k=0))
    picks = random.choices(range(50), [i % 7 + 0.25 for i in range(50)], k=2000)
    print(sum(picks), picks[-5:])
    print(sum(random.choices(range(100), k=1000)))

random.seed(8)
print(random.choices([], k=0), random.sample([], 0), random.sample(range(0), k=0))

# Errors.
show("sample set", lambda: random.sample({1, 2, 3}, 2))
show("sample dict", lambda: random.sample({1: 2}, 1))
show("sample frozenset", lambda: random.sample(frozenset([1]), 1))
show("sample iter", lambda: random.sample(iter([1, 2]), 1))
show("sample int", lambda: random.sample(5, 1))
show("sample too many", lambda: random.sample(range(3), 4))
show("sample negative", lambda: random.sample(range(3), -1))
show("sample float k", lambda: random.sample(range(3), 2.0))
show("sample str k", lambda: random.sample(range(3), "2"))
show("sample no k", lambda: random.sample(range(3)))
show("sample counts len", lambda: random.sample("ab", 1, counts=[1]))
show("sample counts float", lambda: random.sample("ab", 1, counts=[1, 1.5]))
show("sample counts zero", lambda: random.sample("ab", 1, counts=[0, 0]))
show("sample counts neg", lambda: random.sample("ab", 1, counts=[3, -5]))
show("sample counts empty", lambda: random.sample("", 0, counts=[]))
show("sample counts int", lambda: random.sample("ab", 1, counts=3))
show("sample counts k", lambda: random.sample("ab", 5, counts=[1, 1]))
show("sample kw", lambda: random.sample("ab", 1, weights=[1, 1]))
show("choices empty", lambda: random.choices([]))
show("choices empty w", lambda: random.choices([], [], k=1))
show("choices k pos", lambda: random.choices("ab", 3))
show("choices k float", lambda: random.choices("ab", k=1.5))
show("choices both", lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]))
show("choices len", lambda: random.choices("ab", [1, 2, 3]))
show("choices cum len", lambda: random.choices("ab", cum_weights=[1]))
show("choices zero", lambda: random.choices("ab", [0, 0]))
show("choices negative", lambda: random.choices("ab", [-1, -1]))
show("choices inf", lambda: random.choices("ab", [1, float("inf")]))
show("choices nan", lambda: random.choices("ab", [1, float("nan")]))
show("choices str w", lambda: random.choices("ab", ["a", "b"]))
show("choices none w", lambda: random.choices("ab", [None, 1]))
show("choices int pop", lambda: random.choices(5))
show("choices set pop", lambda: random.choices({1, 2}, k=2))
show("choices kw", lambda: random.choices("ab", k=1, n=2))
