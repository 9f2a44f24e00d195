# os.environ is a mapping of str to str that writes through to the process environment;
# os.stat, os.scandir and os.walk; the posixpath functions built over them.
import os
import os.path
import time

import sys

print(type(os.environ).__name__, os.path is sys.modules["os.path"])
os.environ["PYJIT_T_VAR"] = "value"
print(os.environ["PYJIT_T_VAR"], os.getenv("PYJIT_T_VAR"), "PYJIT_T_VAR" in os.environ)
print(os.environ.setdefault("PYJIT_T_VAR", "other"), os.environ.get("PYJIT_T_NOPE", "dflt"))
for bad in (lambda: os.environ.__setitem__("PYJIT_T_VAR", 1),
            lambda: os.environ.__setitem__(2, "x"),
            lambda: os.environ["PYJIT_T_NOPE"],
            lambda: os.environ[3],
            lambda: os.getenv(4),
            lambda: os.putenv("A=B", "x"),
            lambda: os.putenv("", "x"),
            lambda: os.putenv("A", "x\0y"),
            lambda: os.putenv(6, "x"),
            lambda: os.putenv("A", 7),
            lambda: os.putenv("A\0", "x"),
            lambda: os.unsetenv(5),
            lambda: os.unsetenv(""),
            lambda: os.unsetenv("A=B"),
            lambda: os.unsetenv("A\0")):
    try:
        bad()
    except (TypeError, KeyError, ValueError, OSError) as e:
        print(type(e).__name__, e)
os.environ["HOME"] = "/home/pyjit-test"
print(os.path.expanduser("~"), os.path.expanduser("~/a/b"), os.path.expanduser("a/~"))
print(os.path.expanduser("~/"), os.path.expanduser("x~"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"))
print(os.path.expandvars("$PYJIT_T_VAR/${PYJIT_T_VAR}/$PYJIT_T_NOPE/${PYJIT_T_NOPE}/$/plain"))
del os.environ["PYJIT_T_VAR"]
print("PYJIT_T_VAR" in os.environ, os.getenv("PYJIT_T_VAR"))
try:
    del os.environ["PYJIT_T_VAR"]
except KeyError as e:
    print("KeyError", e)
copy = os.environ.copy()
print(type(copy).__name__, copy == dict(os.environ), len(copy) == len(os.environ))
merged = os.environ | {"PYJIT_T_X": "1"}
print(type(merged).__name__, merged["PYJIT_T_X"], "PYJIT_T_X" in os.environ)

print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a", "/a"))
print(os.path.relpath("/x/y", "/a/b"), os.path.relpath(os.getcwd() + "/sub/f"))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)
print(repr(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"])), repr(os.path.commonprefix([])))
print(os.path.commonprefix([["a", "b"], ["a", "c"]]))
print(os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.commonpath(["a/./b", "a/b/c"]))
print(repr(os.path.commonpath(["/a", "/b"])), repr(os.path.commonpath(["a", "b"])))
for bad in (lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"])):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

base = "_tmp_os_walk_%d" % os.getpid()
os.makedirs(os.path.join(base, "b", "deep"))
os.makedirs(os.path.join(base, "a"))
for name, text in (("top.txt", "12345"), ("a/one.txt", ""), ("b/deep/two.txt", "xy")):
    with open(os.path.join(base, name), "w") as f:
        f.write(text)


def rel(p):
    return p.replace(base, "BASE")


walked = [(rel(p), sorted(ds), sorted(fs)) for p, ds, fs in os.walk(base)]
print(sorted(walked))
bottom_up = [rel(p) for p, ds, fs in os.walk(base, topdown=False)]
print(len(bottom_up), bottom_up[-1], bottom_up.index("BASE/b/deep") < bottom_up.index("BASE/b"))
pruned = []
for p, ds, fs in os.walk(base):
    pruned.append(rel(p))
    ds[:] = [d for d in ds if d != "b"]
print(sorted(pruned))
errors = []
print(list(os.walk(base + "_missing", onerror=lambda e: errors.append(type(e).__name__))), errors)

entries = sorted(os.scandir(base), key=lambda e: e.name)
print([(e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(repr(entries[0]), os.fspath(entries[-1]) == os.path.join(base, "top.txt"))
with os.scandir(base) as it:
    print(sorted(e.name for e in it))

st = os.stat(os.path.join(base, "top.txt"))
print(type(st).__name__, st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000)
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st[8] == int(st.st_mtime))
print(st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - time.time()) < 3600)
print(os.path.getsize(os.path.join(base, "top.txt")), os.path.getmtime(base) == os.stat(base).st_mtime)
print(isinstance(os.path.getatime(base), float), isinstance(os.path.getctime(base), float))
print(os.stat(base).st_mode & 0o170000 == 0o040000, os.lstat(base).st_nlink >= 2)
print(os.path.islink(base), os.path.lexists(base), os.path.lexists(base + "_missing"))
try:
    st.st_size = 3
except AttributeError as e:
    print("AttributeError", e)
for bad in (lambda: os.stat(base + "_missing"), lambda: os.stat(1.5)):
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, rel(str(e)))

for p, ds, fs in os.walk(base, topdown=False):
    for f in fs:
        os.remove(os.path.join(p, f))
    os.rmdir(p)
print(os.path.exists(base))
