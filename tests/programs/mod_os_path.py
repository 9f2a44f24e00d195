import os
import os.path
from os import path
import sys

print(path is os.path, sys.modules["os.path"] is os.path, os.path.__name__)
j = os.path.join
print(j("a"), j("a", "b"), j("a/", "b"), j("a", "/b", "c"), j("", "x"), j("a", ""), j("/", "x", "y/"))
for p in ["a/b/c.txt", "/a/b/", "/", "//x", "file", "", "a//b", "///a//b", ".hidden", "a/.b.c", "x.tar.gz", "..", "a/b."]:
    print(repr(p), os.path.split(p), repr(os.path.dirname(p)), repr(os.path.basename(p)), os.path.splitext(p), os.path.isabs(p))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..", "//a/b", "///a/b/", "a//b//", "/a/./../b/.", "./././", "x/.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(__file__))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isdir(here), os.path.exists(here), os.path.isfile(here))
print(os.path.exists("no/such/file"), os.path.isfile("no/such"), os.path.isdir("no/such"))
print(os.getcwd() == os.path.abspath("."), os.path.abspath("x/../y") == os.path.join(os.getcwd(), "y"))
print(os.path.abspath("/a/b/../c"), os.path.isabs(os.path.abspath("rel")))
print(os.path.getsize(__file__) == len(open(__file__, "rb").read()))
print(os.path.basename(__file__))
try:
    os.path.getsize("no_such_file.txt")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.filename)
for bad in [lambda: os.path.join(1), lambda: os.path.join("a", 2), lambda: os.path.split(None), lambda: os.path.splitext(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(os.path.sep, os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep)
