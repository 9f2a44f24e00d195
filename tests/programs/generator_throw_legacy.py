# gen.throw(type, value): the legacy three-argument form, as contextlib uses it.
def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)


g = gen()
next(g)
g.throw(KeyError, KeyError("instance"))
g.throw(KeyError, "value")
g.throw(KeyError, ("a", "b"))
g.throw(KeyError, None)
g.throw(KeyError)
g.throw(LookupError, KeyError("subclass instance kept"))
g.throw(KeyError, ValueError("not an instance: wrapped"))
try:
    g.throw(KeyError("x"), "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
