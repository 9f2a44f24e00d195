# sys struct sequences (version_info, float_info, int_info, hash_info, flags), implementation
import sys

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

vi = sys.version_info
print(vi)
print(vi.major, vi.minor, vi.micro, vi.releaselevel, vi.serial, vi[0], vi[:2], vi[-1], len(vi))
print(isinstance(vi, tuple), type(vi).__name__, type(vi).__module__, type(vi))
print(vi >= (3, 8), vi < (4,), vi > (3, 11), vi == (3, 11, 7, 'final', 0), vi[:2] == (3, 11))
print(tuple(vi), list(vi), hash(vi) == hash(tuple(vi)), 3 in vi, vi.index('final'))
major, minor, *rest = vi
print(major, minor, rest, '%d.%d' % vi[:2], '{0.major}.{0.minor}'.format(vi))
t(lambda: setattr(vi, 'major', 4))
t(lambda: setattr(vi, 'other', 4))
t(lambda: type(vi)((1, 2, 3, 4, 5)))
t(lambda: vi[5])
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp,
      fi.min_10_exp, fi.radix, fi.rounds, fi[0] == fi.max, len(fi), isinstance(fi, tuple))
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0, fi.max * 2)
print(sys.int_info, sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan,
      sys.hash_info.imag, sys.hash_info.algorithm, hash(float('inf')) == sys.hash_info.inf)
print(hash(sys.hash_info.modulus), hash(2 ** 61), hash(-1))
fl = sys.flags
print(type(fl).__name__, fl.optimize, fl.debug, fl.verbose, fl.dont_write_bytecode, fl.inspect,
      fl.interactive, fl.quiet, fl.dev_mode, fl.utf8_mode, fl[3], isinstance(fl, tuple))
impl = sys.implementation
print(type(impl.name).__name__, impl.version == sys.version_info, impl.hexversion == sys.hexversion)
print(impl.cache_tag is None or isinstance(impl.cache_tag, str), hasattr(impl, '_multiarch'))
print(sys.hexversion, hex(sys.hexversion), sys.version.split()[0], sys.version[:4])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff')
print(sys.byteorder, sys.platform, sys.platform.startswith('linux') or sys.platform == 'darwin')
print(type(sys.executable).__name__, type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names)
print(sys.float_repr_style, sys.dont_write_bytecode, sys.warnoptions, sys.getdefaultencoding(),
      sys.getfilesystemencoding())
# Installation and interpreter details: values differ between installations, types do not.
print(type(sys.prefix).__name__, sys.prefix == sys.base_prefix, sys.exec_prefix == sys.prefix,
      type(sys.base_exec_prefix).__name__, sys.platlibdir, repr(sys.abiflags))
print(type(sys.orig_argv).__name__, len(sys.orig_argv) >= len(sys.argv), sys.copyright.splitlines()[0])
print(sys.getswitchinterval(), sys.setswitchinterval(0.01), sys.getswitchinterval(), sys.is_finalizing())
for bad in (0, -1, 'x'):
    try:
        sys.setswitchinterval(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
