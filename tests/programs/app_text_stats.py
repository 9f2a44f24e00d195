# Text statistics: string methods, dict counting, sorting, formatting.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything before
us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way -- in short, the period was so far like the present
period, that some of its noisiest authorities insisted on its being received, for
good or for evil, in the superlative degree of comparison only."""

PUNCT = ",.;:-!?'\""


def words(text):
    for raw in text.split():
        w = raw.strip(PUNCT).lower()
        if w:
            yield w


def count(iterable):
    c = {}
    for x in iterable:
        c[x] = c.get(x, 0) + 1
    return c


def top(counter, n):
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


ws = list(words(TEXT))
print("words:", len(ws), "unique:", len(set(ws)))
freq = count(ws)
for w, n in top(freq, 12):
    bar = "#" * n
    print(f"{w:>12} {n:3d} {bar}")

lengths = count(len(w) for w in ws)
print("length histogram:")
for L in range(1, max(lengths) + 1):
    print(f"  {L:2d}: {lengths.get(L, 0):3d} {'*' * lengths.get(L, 0)}")

avg = sum(len(w) for w in ws) / len(ws)
print(f"average word length: {avg:.4f}")
print("longest:", sorted({w for w in ws if len(w) == max(lengths)}))

letters = count(ch for ch in TEXT.lower() if ch.isalpha())
total = sum(letters.values())
print("letters:", total)
for ch, n in sorted(letters.items())[:26]:
    print(f"{ch}:{n / total:6.2%}", end="  " if ord(ch) % 6 else "\n")
print()

sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), "clauses")
for s in sentences[:5]:
    print(repr(s[:30]), s.count(" ") + 1, s.title()[:20], s.upper().center(40, ".")[:40])

bigrams = count(zip(ws, ws[1:]))
print(top(bigrams, 5))
print("caps:", [w for w in TEXT.split() if w[:1].isupper()])
print("vowel ratio: %.3f" % (sum(1 for c in TEXT.lower() if c in "aeiou") / total))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print("%2d|%-82s|%3d" % (i, line, len(line)))
print(TEXT.find("Heaven"), TEXT.rfind("it was"), TEXT.index("epoch"), TEXT.count("was"))
print(" ".join(reversed(ws[-6:])))
acr = "".join(w[0] for w in ws[:20]).upper()
print(acr, acr.swapcase(), acr[::3], acr[-5:-1])
table = str.maketrans("aeiou", "AEIOU", "t")
print(TEXT[:60].translate(table))
print("|".join(w.capitalize() for w in sorted(set(ws), key=len)[-8:]))
print(sorted(freq, key=freq.get, reverse=True)[:5])
wrap_width = 30
cur = ""
out = []
for w in ws[:40]:
    if len(cur) + len(w) + 1 > wrap_width:
        out.append(cur)
        cur = w
    else:
        cur = (cur + " " + w).lstrip()
out.append(cur)
for ln in out:
    print(f"[{ln:<{wrap_width}}]")
print(ws.index("hope"), "hope" in ws, ws.count("the"))
print(", ".join(f"{k}={v}" for k, v in sorted(count(w[-1] for w in ws).items()) if v > 3))
