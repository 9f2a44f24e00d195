# is* predicates
tests = ['', 'abc', 'ABC', 'Abc', '123', '12.3', '١٢٣', '½', '²', 'abc123', 'a b', ' \t\n', 'x_1', '_', '1x', 'class', 'héllo', 'Ⅷ', '\u3000', 'ABC1', 'abc!', 'ǅ']
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.isidentifier(), t.isnumeric(), t.isdecimal(), t.isascii(), t.isprintable(), t.istitle())
print('\x00'.isprintable(), '\n'.isprintable(), 'é'.isascii())
