# repr of strings: quotes, escapes, unicode
vals = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nx', 'cr\r', 'back\\slash', '\x00\x01\x1f\x7f',
        '\x80\x9f\xa0\xad', 'é', '日本', '\u200b', '\U0001f600', '\ud800' if False else 'surrogate-skip', '\t\n\r\x0b\x0c', '', "'", '"', '\'"\'']
for v in vals:
    print(repr(v), ascii(v), len(v))
print(str('x'), repr(repr('x')), repr(['a', "b'c"]), repr(('\n',)), repr({'k': 'v'}))
print('\x41\u0042\U00000043\101\N{LATIN SMALL LETTER A}', '\\n', r'\n\t', len(r'\n'))
print('a' 'b' 'c', 'multi\
line')
print("""triple "quoted" 'str'""", '''x''')
print(repr('\xff'), repr('\u0100'), repr('\U0010ffff'), repr('\x9b'))
