# assert statement (caught here)
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("caught bare:", repr(e), e.args)
try:
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("caught:", e, e.args)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2
for v in (3, -1, 5):
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
msgs = []
def msg():
    msgs.append("evaluated")
    return "m"
assert True, msg()
print(msgs)
try:
    assert False, msg()
except AssertionError as e:
    print(e, msgs)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args)
print(__debug__)
