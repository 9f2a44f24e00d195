# dict comprehensions and counting idioms
sq = {x: x * x for x in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
letters = {}
for ch in 'mississippi':
    letters.setdefault(ch, []).append(ch)
print(letters)
grouped = {}
for n in range(15):
    grouped.setdefault(n % 4, []).append(n)
print(grouped)
print({(i, j): i * j for i in range(3) for j in range(2)})
nested = {'outer': {'inner': {'deep': 1}}}
nested['outer']['inner']['deep'] += 1
nested['outer']['other'] = [1, 2]
print(nested, nested['outer']['inner'])
inv = dict(zip(range(5), 'abcde'))
print(inv, {v: k for k, v in inv.items()})
print(len({i % 3: i for i in range(10)}), {i % 3: i for i in range(10)})
