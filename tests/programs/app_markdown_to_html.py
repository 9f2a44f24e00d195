# A tiny Markdown-to-HTML converter: headings, lists, emphasis, code, links, escaping.

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def inline(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + escape(text[i + 1:j]) + "</code>")
                i = j + 1
                continue
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + inline(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if ch in "*_":
            j = text.find(ch, i + 1)
            if j > i + 1:
                out.append("<em>" + inline(text[i + 1:j]) + "</em>")
                i = j + 1
                continue
        if ch == "[":
            close = text.find("]", i)
            if close != -1 and text[close + 1:close + 2] == "(":
                end = text.find(")", close)
                if end != -1:
                    label = inline(text[i + 1:close])
                    url = escape(text[close + 2:end])
                    out.append(f'<a href="{url}">{label}</a>')
                    i = end + 1
                    continue
        out.append(escape(ch))
        i += 1
    return "".join(out)


def convert(md):
    html = []
    para = []
    list_stack = []
    in_code = False

    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()

    def close_lists(level=0):
        while len(list_stack) > level:
            html.append("  " * (len(list_stack) - 1) + f"</{list_stack.pop()}>")

    for raw in md.splitlines():
        if raw.startswith("```"):
            flush_para()
            close_lists()
            html.append("</code></pre>" if in_code else "<pre><code>")
            in_code = not in_code
            continue
        if in_code:
            html.append(escape(raw))
            continue
        line = raw.rstrip()
        stripped = line.lstrip()
        indent = (len(line) - len(stripped)) // 2
        if not stripped:
            flush_para()
            close_lists()
            continue
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            if level <= 6 and stripped[level:level + 1] == " ":
                flush_para()
                close_lists()
                title = stripped[level + 1:]
                slug = "-".join("".join(c for c in title.lower() if c.isalnum() or c == " ").split())
                html.append(f'<h{level} id="{slug}">{inline(title)}</h{level}>')
                continue
        kind = None
        if stripped[:2] in ("- ", "* "):
            kind, item = "ul", stripped[2:]
        else:
            num, dot, rest = stripped.partition(". ")
            if dot and num.isdigit():
                kind, item = "ol", rest
        if kind:
            flush_para()
            while len(list_stack) > indent + 1:
                html.append("  " * (len(list_stack) - 1) + f"</{list_stack.pop()}>")
            while len(list_stack) < indent + 1:
                html.append("  " * len(list_stack) + f"<{kind}>")
                list_stack.append(kind)
            html.append("  " * len(list_stack) + f"<li>{inline(item)}</li>")
            continue
        if stripped.startswith("> "):
            flush_para()
            html.append(f"<blockquote>{inline(stripped[2:])}</blockquote>")
            continue
        if set(stripped) == {"-"} and len(stripped) >= 3:
            flush_para()
            html.append("<hr/>")
            continue
        close_lists()
        para.append(stripped)
    flush_para()
    close_lists()
    if in_code:
        raise SyntaxError("unterminated code block")
    return "\n".join(html)


DOC = """# Hello, *World*!

This is **bold** and *italic* and `code <tag>`.
It continues on a second line with a [link](http://example.com/?a=1&b=2).

## Lists & Things

- first item
- second *item*
  - nested one
  - nested **two**
- third
1. alpha
2. beta

> quoted `text` here
---
```
def f(x):
    return x < 3 && "y"
```
####### not a heading
Final paragraph with 5 * 3 = 15 and a_b_c.
"""
out = convert(DOC)
print(out)
print(len(out.splitlines()), out.count("<li>"), out.count("<"), out.count("&amp;"))
tags = {}
for part in out.split("<")[1:]:
    name = part.split(">")[0].split(" ")[0]
    if not name.startswith("/"):
        tags[name] = tags.get(name, 0) + 1
print(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])))
for s in ["**unclosed", "*a* **b** `c`", "[x](y) [no link]", "<script>&", "_under_score_"]:
    print(f"{s!r:25} => {inline(s)}")
convert("```\nunterminated")
