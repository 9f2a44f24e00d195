import io

print(io.open is open)
print(io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.BufferedWriter.__name__)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
path = "mod_io_names.tmp.txt"
with io.open(path, "w") as f:
    print(isinstance(f, io.TextIOWrapper))
    f.write("text\n")
with open(path, "rb") as f:
    print(isinstance(f, io.BufferedReader), f.read())
with open(path, "ab") as f:
    print(isinstance(f, io.BufferedWriter))
with open(path) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
import os
os.remove(path)
print(os.path.exists(path))
