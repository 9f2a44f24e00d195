# Huffman coding + run-length + base64 by hand: bytes, bytearray, bit strings, round trips.

class HNode:
    def __init__(self, weight, sym=None, left=None, right=None, order=0):
        self.weight, self.sym, self.left, self.right, self.order = weight, sym, left, right, order

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)

    def is_leaf(self):
        return self.sym is not None


def build_tree(data):
    freq = {}
    for b in data:
        freq[b] = freq.get(b, 0) + 1
    nodes = sorted(HNode(w, s, order=s) for s, w in freq.items())
    order = 256
    while len(nodes) > 1:
        a, b = nodes.pop(0), nodes.pop(0)
        parent = HNode(a.weight + b.weight, left=a, right=b, order=order)
        order += 1
        i = 0
        while i < len(nodes) and nodes[i] < parent:
            i += 1
        nodes.insert(i, parent)
    return nodes[0], freq


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.sym] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(data, table):
    bits = "".join(table[b] for b in data)
    pad = (-len(bits)) % 8
    bits += "0" * pad
    out = bytearray(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
    return bytes(out), pad


def decode(blob, pad, root, n):
    bits = "".join(f"{b:08b}" for b in blob)
    if pad:
        bits = bits[:-pad]
    out = bytearray()
    node = root
    for bit in bits:
        if not root.is_leaf():
            node = node.left if bit == "0" else node.right
        if node.is_leaf():
            out.append(node.sym)
            node = root
    assert len(out) == n, (len(out), n)
    return bytes(out)


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)


def b64decode(text):
    out = bytearray()
    for i in range(0, len(text), 4):
        block = text[i:i + 4]
        pad = block.count("=")
        n = 0
        for ch in block.rstrip("="):
            n = n * 64 + B64.index(ch)
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)


def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)


texts = [
    "abracadabra",
    "the quick brown fox jumps over the lazy dog",
    "aaaaaaaaaaaaaaaabbbbbbbbccccdde",
    "Ünïcödé text — with “quotes” and €uros",
    "x",
]
for t in texts:
    data = t.encode("utf-8")
    root, freq = build_tree(data)
    table = codes(root)
    blob, pad = encode(data, table)
    back = decode(blob, pad, root, len(data))
    ratio = len(blob) / len(data)
    print(f"{t[:20]!r:24} {len(data):3d}B -> {len(blob):3d}B pad={pad} ratio={ratio:.3f} ok={back.decode('utf-8') == t}")
    top = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:4]
    print("   ", [(chr(s) if s < 128 else hex(s), c) for s, c in top], blob[:6].hex(" "))
for t in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), "héllo".encode()]:
    enc = b64encode(t)
    print(f"{t!r:32} {enc:12} {b64decode(enc) == t}")
raw = b"aaabccccccccddddddddddddddddd" + b"e" * 300
packed = rle(raw)
print(len(raw), len(packed), packed[:10], list(packed[-4:]))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:] = b"WORLD!!"
ba.extend(b"?")
del ba[-2:]
print(ba, bytes(ba).upper(), ba.find(b"WOR"), ba.count(b"l"), ba.decode().title(), len(ba))
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"x" * 3 + b"y", b"abc"[1], b"abc"[1:], list(b"AZ"))
print(bytes.fromhex("de ad be ef"), (3).to_bytes(2, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print("€".encode("utf-8"), "€".encode("utf-16-le"), b"\xe2\x82\xac".decode(), "naïve".encode("ascii", "replace"))
print(b"abc" < b"abd", b"abc" == bytearray(b"abc"), hash(b"abc") == hash(b"abc"), b"".join([b"a", b"b"]))
print(b"caf\xc3".decode("utf-8"))
