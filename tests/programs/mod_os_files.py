import os

base = "mod_os_files_tmpdir"
os.mkdir(base)
print(os.path.isdir(base), os.listdir(base))
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e, e.errno)
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("12345")
os.makedirs(os.path.join(base, "sub", "deeper"))
os.makedirs(os.path.join(base, "sub"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "sub"))
except FileExistsError as e:
    print("FileExistsError", e)
print(sorted(os.listdir(base)), os.listdir(os.path.join(base, "sub")))
print(os.path.getsize(os.path.join(base, "a.txt")))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "b.txt"))
print(sorted(os.listdir(base)))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, "sub"))
except OSError as e:
    print(type(e).__name__, e)
os.unlink(os.path.join(base, "b.txt"))
os.rmdir(os.path.join(base, "sub", "deeper"))
os.rmdir(os.path.join(base, "sub"))
os.rmdir(base)
print(os.path.exists(base))
for f in [lambda: os.remove("no_such_file"), lambda: os.rmdir("no_such_dir"), lambda: os.listdir("no_such_dir"),
          lambda: os.mkdir("no/such/parent"), lambda: os.listdir(5.5), lambda: os.urandom(-1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print("mod_os_files.py" in os.listdir(), "mod_os_files.py" in os.listdir("."))

r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ)
print(os.environ.get("PYJIT_SURELY_UNSET_VAR"), os.getenv("PYJIT_SURELY_UNSET_VAR"), os.getenv("PYJIT_SURELY_UNSET_VAR", "dflt"))
print(os.getenv("PATH") == os.environ["PATH"], isinstance(os.environ.get("PATH"), str))
os.environ["PYJIT_TEST_VAR"] = "v1"
print(os.environ["PYJIT_TEST_VAR"], os.getenv("PYJIT_TEST_VAR"))
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError", e)
print(os.fspath("p"))
