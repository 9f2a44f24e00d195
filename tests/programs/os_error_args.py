for args in [(2, "nf"), (5, "io"), (13, "x"), (17, "e", "f.txt"), (2, "nf", "a", None, "b"), ("x",), (), (1, 2, 3, 4, 5, 6), (999, "odd")]:
    e = OSError(*args)
    print(type(e).__name__, repr(e), str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
e = FileNotFoundError(13, "perm")
print(type(e).__name__, e)
class MyOS(OSError):
    pass
print(type(MyOS(2, "x")).__name__, MyOS(2, "x"))
try:
    open("/nonexistent/file")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    raise OSError(2, "No such file", "zz")
except FileNotFoundError as e:
    print("caught", e)
