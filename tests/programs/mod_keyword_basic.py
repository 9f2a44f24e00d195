# keyword: kwlist, softkwlist, iskeyword, issoftkeyword.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
for w in ["for", "async", "match", "case", "_", "print", "True", "none", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
