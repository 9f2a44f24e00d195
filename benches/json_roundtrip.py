# JSON round trip, modelled on pyperformance's "json_dumps" and "json_loads":
# encode a document of nested dicts and lists (strings with escapes and
# non-ASCII characters, ints, big ints, floats, booleans, None) with
# json.dumps under several option sets (default, sort_keys + indent, compact
# separators, ensure_ascii=False), decode each text with json.loads and
# check that the round trip gives back an equal document.  Measures the
# json module's encoder and decoder (string escaping, float repr, number
# parsing, dict and list building).
#
# Prints the length of each encoding and a prefix of two of them.
#
# Usage: json_roundtrip.py [N]   (N = rounds over the option sets)

import json
import sys

RECORDS = 200

OPTION_SETS = [
    {},
    {"sort_keys": True, "indent": 2},
    {"separators": (",", ":")},
    {"ensure_ascii": False, "sort_keys": True},
]


def make_document():
    words = ["alpha", "beta", "gamma", "delta", "tab\there", "quote\"d",
             "back\\slash", "new\nline", "caf\u00e9", "\u65e5\u672c",
             "snow \u2603", "emoji \U0001f600", "ctrl \x01\x1f"]
    records = []
    for i in range(RECORDS):
        record = {
            "id": i,
            "name": words[i % len(words)] + str(i),
            "score": i * 1.25 - 100.0 / (i + 3),
            "ratio": i / 7,
            "big": 3 ** (i % 50),
            "negative": -i * 1000003,
            "active": i % 3 == 0,
            "parent": None if i % 5 == 0 else i // 2,
            "tags": [words[(i + k) % len(words)] for k in range(i % 4)],
            "point": {"x": i * 0.5, "y": -i * 0.25, "label": "p%d" % i},
            "matrix": [[i + r * c for c in range(3)] for r in range(3)],
        }
        records.append(record)
    return {
        "version": 3,
        "title": "pyjit \u00bbjson\u00ab round trip",
        "empty": {"list": [], "dict": {}, "string": ""},
        "records": records,
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 70
    document = make_document()
    lengths = [0] * len(OPTION_SETS)
    texts = [None] * len(OPTION_SETS)
    for _ in range(n):
        for k, options in enumerate(OPTION_SETS):
            text = json.dumps(document, **options)
            if json.loads(text) != document:
                raise SystemExit("json_roundtrip: round trip %d differs" % k)
            lengths[k] += len(text)
            texts[k] = text
    for options, length in zip(OPTION_SETS, lengths):
        print("%-40s %d" % (sorted(options.items()), length))
    print(texts[1][:120])
    print(texts[3][-200:])
    # The escaped forms: control characters, non-ASCII, a surrogate pair.
    print(json.dumps([r["name"] for r in document["records"][6:13]]))


main()
