# os.strerror, os.readlink/os.symlink, os.path.realpath (resolving symbolic links),
# os.path.samefile/samestat, and os.get_terminal_size when stdout is not a terminal.
import os
import os.path

# Paths are printed relative to a scratch directory (its name holds the process id, so that
# the runs in each mode do not collide), so the output does not depend on either.
start = os.getcwd()
base = "_tmp_realpath_%d" % os.getpid()


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        # Paths in messages name the scratch directory, whose name holds the process id.
        print(label, "->", type(e).__name__, str(e).replace(base, "BASE"))


for code in [0, 1, 2, 13, 17, 20, 21, 22, 25]:
    print(code, os.strerror(code))
t("strerror str", lambda: os.strerror("2"))
t("strerror float", lambda: os.strerror(2.0))
t("strerror big", lambda: os.strerror(2**40))
t("strerror none", lambda: os.strerror())
t("strerror kw", lambda: os.strerror(code=2))


def rel(p):
    return os.path.relpath(p, os.path.join(start, base))


os.mkdir(base)
try:
    os.mkdir(os.path.join(base, "dir"))
    target = os.path.join(base, "dir", "file.txt")
    with open(target, "w") as f:
        f.write("x")
    os.symlink("dir/file.txt", os.path.join(base, "link"))
    os.symlink("link", os.path.join(base, "chain"))
    os.symlink("dir", os.path.join(base, "dirlink"))
    os.symlink(os.path.abspath(os.path.join(base, "dir")), os.path.join(base, "abslink"))
    os.symlink("missing", os.path.join(base, "dangling"))
    os.symlink("loop2", os.path.join(base, "loop1"))
    os.symlink("loop1", os.path.join(base, "loop2"))
    os.symlink("../dir", os.path.join(base, "dir", "up"))

    print(os.readlink(os.path.join(base, "link")), os.readlink(os.path.join(base, "dirlink")))
    t("readlink not link", lambda: os.readlink(target) and None)
    t("readlink missing", lambda: os.readlink(os.path.join(base, "nope")) and None)
    t("symlink exists", lambda: os.symlink("x", os.path.join(base, "link")))

    for name in ["link", "chain", "dirlink", "dirlink/file.txt", "abslink/file.txt",
                 "dangling", "dangling/more", "loop1", "loop1/x", "dir/up/up/file.txt",
                 "dir/../link", "dirlink/../chain", "missing/../link", ".", "dir/./file.txt"]:
        print(name, "->", rel(os.path.realpath(os.path.join(base, name))))
    print(rel(os.path.realpath(base)), os.path.realpath("/") == "/")
    print(os.path.realpath("") == start, os.path.realpath(".") == start)
    print(os.path.realpath(os.path.join(start, base, "chain")) ==
          os.path.join(start, base, "dir", "file.txt"))
    t("strict dangling", lambda: rel(os.path.realpath(os.path.join(base, "dangling"), strict=True)))
    t("strict loop", lambda: rel(os.path.realpath(os.path.join(base, "loop1"), strict=True)))
    t("strict ok", lambda: rel(os.path.realpath(os.path.join(base, "chain"), strict=True)))
    t("realpath int", lambda: os.path.realpath(3))

    print(os.path.samefile(target, os.path.join(base, "chain")),
          os.path.samefile(target, os.path.join(base, "dir")),
          os.path.samefile(os.path.join(base, "dirlink"), os.path.join(base, "dir")))
    print(os.path.samestat(os.stat(target), os.stat(os.path.join(base, "link"))),
          os.path.samestat(os.lstat(target), os.lstat(os.path.join(base, "link"))))
    t("samefile missing", lambda: os.path.samefile(target, os.path.join(base, "nope")))
    print(os.path.islink(os.path.join(base, "link")), os.path.lexists(os.path.join(base, "dangling")),
          os.path.exists(os.path.join(base, "dangling")))
finally:
    for dirpath, dirnames, filenames in os.walk(base, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            p = os.path.join(dirpath, name)
            if os.path.islink(p):
                os.remove(p)
            else:
                os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))

# The test harness gives programs pipes for stdout and stderr, never a terminal.
for label, args in [("default", ()), ("stdout", (1,)), ("stderr", (2,)), ("closed fd", (987,)),
                    ("negative fd", (-1,))]:
    try:
        os.get_terminal_size(*args)
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, e)
with open(__file__) as f:
    try:
        os.get_terminal_size(f.fileno())
    except OSError as e:
        print("file", type(e).__name__, e)
t("str fd", lambda: os.get_terminal_size("1"))
t("two args", lambda: os.get_terminal_size(1, 2))
t("keyword", lambda: os.get_terminal_size(fd=1))
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, tuple(ts), ts == (80, 24), isinstance(ts, tuple), len(ts))
t("terminal_size 3", lambda: os.terminal_size((1, 2, 3)))
