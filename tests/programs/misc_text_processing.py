# a small text-processing program using many builtins
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip('.,').lower() for w in text.split()]
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:6]:
    print(f'{w:<12}{n:>3} {"#" * n}')
print(max(words, key=len), min(words, key=len), sorted(set(len(w) for w in words)))
caps = ' '.join(w.capitalize() for w in lines[0].split())
print(caps)
print(lines[1].title(), lines[2].upper()[:20], lines[2][::-1][:15])
acronym = ''.join(w[0].upper() for w in 'portable network graphics'.split())
print(acronym)
table = [('name', 'qty', 'price'), ('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
for row in table:
    if row[0] == 'name':
        print('{:<8}|{:>5}|{:>8}'.format(*row))
        print('-' * 23)
    else:
        print('{:<8}|{:>5d}|{:>8.2f}'.format(*row))
total = sum(q * p for _, q, p in table[1:])
print(f'total={total:,.2f}')
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print(vowels, text.count('it was'), text.lower().count('it was'), text.find('age'), text.rfind('epoch'))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('a') if ch.islower() else ord('A')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3))
print('-'.join(reversed('2024-01-15'.split('-'))), '%02d:%02d' % divmod(125, 60))
