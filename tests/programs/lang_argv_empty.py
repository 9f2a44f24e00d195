# sys.argv without arguments; sys.stdout.write
import sys
print(sys.argv, len(sys.argv))
n = sys.stdout.write("written without newline")
sys.stdout.write("|" + str(n) + "\n")
print("a", "b", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("to", "stdout", file=sys.stdout)
print(sys.getrecursionlimit() >= 1000)
