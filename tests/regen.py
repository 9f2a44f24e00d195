#!/usr/bin/env python3
"""Regenerate the expected outputs of tests/programs/ from CPython 3.11 (the oracle).

For every program NAME.py in tests/programs/ (files and folders starting with `_` are support
modules imported by the programs, not programs themselves) this runs

    python3 NAME.py [ARGS...]        (cwd = tests/programs, ARGS from NAME.args if present)

and writes what CPython printed beside the program, with the absolute path of tests/programs/
(CPython prints the script's absolute path in tracebacks) replaced by `$DIR`, so the files do not
depend on where the checkout lives:

    NAME.out    standard output (always written, possibly empty)
    NAME.err    standard error, only when non-empty
    NAME.exit   the exit status, only when non-zero

The Rust test `tests/programs.rs` runs pyjit the same way, in every execution mode, and compares
all three. Usage: `python3 tests/regen.py [NAME ...]` (no names: every program).
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def programs(names):
    if names:
        return [n[:-3] if n.endswith(".py") else n for n in names]
    return sorted(
        f[:-3]
        for f in os.listdir(PROGRAMS)
        if f.endswith(".py") and not f.startswith("_")
    )


def normalise(text):
    return text.replace(PROGRAMS + os.sep, "$DIR" + os.sep)


def write_or_remove(path, text):
    if text:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    elif os.path.exists(path):
        os.remove(path)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py must run under CPython 3.11, the oracle; this is %s" % sys.version)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    for name in programs(sys.argv[1:]):
        args = []
        args_file = os.path.join(PROGRAMS, name + ".args")
        if os.path.exists(args_file):
            with open(args_file, encoding="utf-8") as f:
                args = f.read().split()
        proc = subprocess.run(
            [sys.executable, name + ".py", *args],
            cwd=PROGRAMS,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )
        base = os.path.join(PROGRAMS, name)
        with open(base + ".out", "w", encoding="utf-8", newline="") as f:
            f.write(normalise(proc.stdout.decode("utf-8")))
        write_or_remove(base + ".err", normalise(proc.stderr.decode("utf-8")))
        write_or_remove(base + ".exit", "%d\n" % proc.returncode if proc.returncode else "")
        print("%-40s exit %d" % (name, proc.returncode))


if __name__ == "__main__":
    main()
