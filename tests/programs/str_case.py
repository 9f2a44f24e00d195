# case conversion
words = ['hello world', 'HELLO World', "they're bill's friends", 'ß straße', 'ǅungla', 'mIxEd CaSe 123', '', 'a1b2c3', 'hello-world_foo bar', 'ÉCOLE']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'Straße'.lower() == 'strasse')
print('ΣΑΣ'.lower(), 'İ'.lower().encode('utf-8'), 'ﬁ'.upper())
print('abc'.istitle(), 'Abc Def'.istitle(), 'ABC'.istitle(), 'Abc def'.istitle(), ''.istitle())
