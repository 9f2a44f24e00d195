# if __name__ == "__main__" in the program and in an imported module
import _lang_mainguard


def main():
    print("main() of", __name__)
    print(_lang_mainguard.main())
    return 0


print("module level, __name__ =", __name__)
if __name__ == "__main__":
    rc = main()
    print("rc", rc)
else:
    print("not main")
