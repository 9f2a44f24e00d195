import string
print(string.ascii_letters, string.punctuation, repr(string.whitespace), string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what} $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="x"))
print(t.get_identifiers())
try:
    t.substitute(who=1)
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print(e)
print(string.Template("$a").substitute({"a": 1}, a=2))
print(string.Formatter().format("{0}-{x}", 1, x=2))
print(string.__name__)
