# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 50), '|', textwrap.shorten(text, 50, placeholder=' [...]'))
print(textwrap.shorten('Hello  world!', width=12), '|', textwrap.shorten('Hello world!', width=11))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10, break_long_words=False))
print(textwrap.wrap('well-known hyphenated-words are-here', 12))
print(textwrap.wrap('well-known hyphenated-words are-here', 12, break_on_hyphens=False))
print(textwrap.wrap('a\tb\tc d', 8), textwrap.wrap('a\tb\tc d', 8, tabsize=4), textwrap.wrap('a\tb', 8, expand_tabs=False))
print(textwrap.wrap('Sentence one.  Sentence two. Three', 15, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  leading', 10, drop_whitespace=False))
print(textwrap.wrap('a\nb\rc\x0bd', 20), textwrap.wrap('a\nb', 20, replace_whitespace=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('x', 1))
print(textwrap.wrap(text, 20, max_lines=3), textwrap.wrap(text, 20, max_lines=2, placeholder='~'))
print(textwrap.wrap('one two three four', 9, max_lines=1, placeholder='..'))

w = textwrap.TextWrapper(width=20, initial_indent='>> ', subsequent_indent='.. ')
print(w.wrap(text[:80]))
w.width = 15
print(w.fill('short words only here now'))
for bad in [dict(width=0), dict(width=5, max_lines=2, placeholder='123456')]:
    try:
        textwrap.wrap('some text to wrap here', **bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.shorten('abc def', 2)
except ValueError as e:
    print(type(e).__name__, e)

code = '''
    def f():
        return 1

    # done
'''
print(repr(textwrap.dedent(code)))
print(repr(textwrap.dedent('  a\n\t b')), repr(textwrap.dedent('\ta\n\tb\n')), repr(textwrap.dedent('  a\n   \n  b')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n \nb', '+', lambda l: True)))
print(repr(textwrap.indent('x\ny', '  ', predicate=lambda line: line.startswith('y'))))
print(textwrap.fill('Ünïcödé wörds ärë fïnë tôô', 12))
