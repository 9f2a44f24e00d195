# sys.argv with arguments from lang_argv.args
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
args = sys.argv[1:]
nums = [int(a) for a in args if a.lstrip("-").isdigit()]
words = [a for a in args if not a.lstrip("-").isdigit()]
print("nums", nums, sum(nums))
print("words", words)
for i, a in enumerate(args, 1):
    print(i, repr(a))
