# String utilities: slugify, wrap, justify, case conversion, templating, diff-like comparisons.

def slugify(s):
    out = []
    for ch in s.casefold():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper() and i and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower())):
            out.append("_")
        out.append(ch.lower())
    return "".join(out)


def snake_to_camel(name, upper_first=False):
    parts = name.split("_")
    head = parts[0].capitalize() if upper_first else parts[0]
    return head + "".join(p.title() for p in parts[1:])


def wrap(text, width):
    lines, cur = [], []
    for word in text.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(" ".join(cur))
            cur = []
        cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1]


def render(template, ctx):
    out, i = [], 0
    while True:
        j = template.find("{{", i)
        if j < 0:
            out.append(template[i:])
            break
        k = template.find("}}", j)
        if k < 0:
            raise ValueError(f"unclosed tag at {j}")
        out.append(template[i:j])
        expr = template[j + 2:k].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        val = ctx
        for part in name.split("."):
            val = val[int(part)] if part.isdigit() else val[part]
        for f in filters:
            val = {"upper": str.upper, "title": str.title, "len": len, "rev": lambda v: v[::-1]}[f](val)
        out.append(str(val))
        i = k + 2
    return "".join(out)


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


titles = ["Hello, World!", "  Python 3.11 -- What's New?  ", "Straße & Café", "ÜBER cool___stuff", "a--b"]
for t in titles:
    print(f"{t!r:34} -> {slugify(t)!r}")
for n in ["parseHTTPResponse", "getX", "simpleName", "HTMLParser", "already_snake", "ABC"]:
    s = camel_to_snake(n)
    print(f"{n:18} {s:22} {snake_to_camel(s):18} {snake_to_camel(s, True)}")
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
         "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.")
lines = wrap(LOREM, 36)
for ln in lines[:-1]:
    print("|" + justify(ln, 36) + "|")
print("|" + lines[-1].ljust(36) + "|")
for ln in wrap(LOREM, 50):
    print(ln.center(56, "."), ln.rjust(52)[-20:])
ctx = {"user": {"name": "ada lovelace", "langs": ["python", "rust"]}, "n": 3}
print(render("Hi {{ user.name | title }}! You know {{user.langs.1|upper}} and {{ user.langs.0 | rev }} ({{n}}).", ctx))
print(render("{{ user.name | len }} chars, no tags here", ctx), render("", ctx))
for bad in ["{{ nope }}", "{{ user.name | shout }}", "open {{ tag"]:
    try:
        render(bad, ctx)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]
print([(a, b, levenshtein(a, b)) for a, b in pairs])
s = "The Quick\tBrown\tFox\n  jumps\r\nover\x0bthe lazy dog"
print(s.split(), s.split(" ", 2), s.rsplit(None, 2), s.splitlines(), s.splitlines(True)[:2])
print(s.expandtabs(4).split("\n")[0], "|", "x\ty".expandtabs(), "|", "ab\tc".expandtabs(2))
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "ß".upper(), "ǅ".lower(), "ΣΑΣ".lower())
print("hello world".title(), "they're bill's".title(), "ÉCOLE".casefold(), "i".upper(), "hello"[::-2])
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "k=v=w".split("=", 1))
print("  x  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "file.tar.gz".removesuffix(".gz"), "prefix_x".removeprefix("prefix_"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "banana".find("na", 3), "banana".rindex("a"), "banana".replace("a", "o", 2))
print("{name}-{0}".format_map({"name": "fm", 0: "zero"}) if False else "{name}".format_map({"name": "fm"}), "%s|%s" % ("a", "b"))
print(",".join(sorted("the fat cat sat on the mat".split(), key=lambda w: (len(w), w))), "Ab" < "aB", sorted("bAaB"), sorted("bAaB", key=str.lower))
print(ord("€"), chr(8364), "\u00e9" == "é", len("👍"), ascii("naïve 👍"), repr("tab\there"), "\N{BULLET}")
print(str.isdigit("²"), "²".isdecimal(), "½".isnumeric(), "abc123".isalnum(), " ".isspace(), "Title Case".istitle(), "_x1".isidentifier())
render("{{ user.langs.5 }}", ctx)
