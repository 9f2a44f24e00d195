# Text statistics
TEXT = """The quick brown fox jumps over the lazy dog. The dog, however, was not amused!
It barked twice; then it slept again. Why would a fox do such a thing?

Foxes are curious animals. They explore, they hunt, and they play. In the
evening the fox returned -- quietly, carefully -- to the edge of the forest.
"Not again," sighed the dog. Nobody answered.

Numbers like 42 and 3.14 appear too, as do e-mail-like tokens such as
fox@forest.example and words with apostrophes: don't, it's, o'clock.
THE END."""

paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
print("paragraphs:", len(paragraphs))
lines = TEXT.splitlines()
print("lines:", len(lines), "blank:", sum(1 for l in lines if not l.strip()))
print("chars:", len(TEXT), "non-space:", sum(1 for c in TEXT if not c.isspace()))

def words_of(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalnum() or ch == "'" else " ")
    return [w.strip("'") for w in "".join(cleaned).split() if w.strip("'")]

words = words_of(TEXT)
print("words:", len(words), "unique:", len(set(words)))
sentences = 0
for i, ch in enumerate(TEXT):
    if ch in ".!?" and (i + 1 == len(TEXT) or TEXT[i + 1] in " \n\""):
        sentences += 1
print("sentences:", sentences)
longest = sorted(set(words), key=lambda w: (-len(w), w))[:6]
print("longest:", longest)
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for w, c in top:
    print(f"  {w:<10}{c:>3}")

letters = {}
for ch in TEXT.lower():
    if "a" <= ch <= "z":
        letters[ch] = letters.get(ch, 0) + 1
peak = max(letters.values())
for ch in sorted(letters):
    bar = "#" * round(letters[ch] * 40 / peak)
    print(f"{ch} {letters[ch]:3d} {bar}")
print("missing letters:", "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters))

first = paragraphs[0]
print(first.title()[:40])
print(first.upper().count("THE"), first.lower().find("dog"), first.rfind("dog"), first.index("fox"))
print(first.capitalize()[:30], "|", first.swapcase()[:20], "|", first.casefold()[:15])
print(first.startswith("The"), first.endswith("!"), first.endswith(("?", "thing?")), "fox" in first)
print(first.replace("fox", "cat", 1)[:45], first.count("o"), first.partition(";")[2][:20])
print(first.rpartition(" ")[2], first.split(" ", 3), first.rsplit(None, 2)[1:])
print("|".join(w.center(9, "*") for w in ["fox", "dog", "owl"]), "x".ljust(4, "-"), "y".rjust(4, "."))
print("  padded\t".strip(), "xxhixx".strip("x"), "abc".lstrip("a"), "42".zfill(6), "-42".zfill(6))
print("Hello World".istitle(), "abc123".isalnum(), "ABC".isupper(), "   ".isspace(), "12".isdecimal(), "a b".isidentifier())
print("a,b,,c".split(","), "a  b   c".split(), "line1\r\nline2\rline3\n".splitlines(), "line\n".splitlines(True))
print("tab\tsep".expandtabs(8), repr("x".join("")), "-".join(sorted(set("mississippi"))), "abc" * 2)
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "%s has %d chars" % (acronym, len(acronym)), "{:>8}".format(acronym))
pal = [w for w in set(words) if len(w) > 1 and w == w[::-1]]
print("palindromes:", sorted(pal))
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowel ratio: {:.2%}".format(vowels / sum(letters.values())))
caps = [w for w in TEXT.split() if w[:1].isupper()]
print("capitalized:", len(caps), caps[:5])
