# An exception raised while handling another one: implicit chaining in the traceback
def load(data, key):
    try:
        return data[key]
    except KeyError:
        print("lookup failed, falling back")
        return data["default"].upper()
print(load({"a": "x", "default": "d"}, "a"))
print(load({"a": "x", "default": "d"}, "b"))
print(load({"a": "x"}, "b"))
