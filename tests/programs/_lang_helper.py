# Helper module for the lang_import_* programs (not a test program itself).
print("_lang_helper: loading, __name__ =", __name__)

__all__ = ["greet", "CONST", "Counter"]

CONST = 42
_private = "hidden"
not_exported = "not in __all__"
load_count = 0


def greet(who):
    return "hello, " + who


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n


def bump():
    global load_count
    load_count += 1
    return load_count


if __name__ == "__main__":
    print("_lang_helper run as main (never in tests)")

print("_lang_helper: loaded")
