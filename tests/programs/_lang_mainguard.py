def main():
    return "helper main() called explicitly"


if __name__ == "__main__":
    print("this must not print when imported")
else:
    print("_lang_mainguard imported as", __name__)
