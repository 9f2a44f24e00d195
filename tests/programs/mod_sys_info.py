# sys struct sequences and constants
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.algorithm)
print(type(sys.float_info).__name__, sys.float_info.max, sys.float_info[0], len(sys.float_info), sys.float_info.epsilon)
print(sys.int_info == (30, 4, 4300, 640), list(sys.int_info), sys.int_info[:2], hash(sys.int_info) == hash(tuple(sys.int_info)))
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info < (4,), (3, 11) <= sys.version_info, tuple(sys.version_info)[:3])
major, minor, *rest = sys.version_info
print(major, minor, rest, 11 in sys.version_info, type(sys.version_info).__name__)
print(sys.float_repr_style, sys.getfilesystemencoding(), sys.getdefaultencoding(), sys.flags.optimize, sys.flags.dev_mode)
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdout.mode, sys.stdin.mode, sys.stdout.name)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
