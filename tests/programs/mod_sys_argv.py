# sys.argv from the command line (mod_sys_argv.args), and argument parsing by hand
import sys
print(sys.argv[0], len(sys.argv), sys.argv[1:])
args = sys.argv[1:]
flags = [a for a in args if a.startswith('-')]
values = [a for a in args if not a.startswith('-')]
print(flags, values, sum(int(v) for v in values if v.isdigit()))
print(type(sys.argv).__name__, all(type(a) is str for a in sys.argv))
sys.argv.append('extra')
print(sys.argv[-1], len(sys.argv))
