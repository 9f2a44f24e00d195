# Uncaught exception raised `from None`: the original context is suppressed in the traceback
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry for {key!r}") from None
table = {"x": 1}
print(lookup(table, "x"))
print(lookup(table, "y"))
