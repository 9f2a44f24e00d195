# string escapes and raw strings
s = 'a\tb\nc\\d\'e\"f\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\0g'
print(repr(s), len(s))
print([c for c in 'x\ty\r\n'], [ord(c) for c in '\a\b\f\v\0'])
print(r'raw\n\t\\', len(r'raw\n'), repr(r'\x41'), r'C:\path\to', R'up\per')
print(b'\x41\102\n\\', rb'\x41', br'\n', len(b'\101'))
print('\'', "\"", '"', "'", '\\', '\\\\', "\\'")
print("""line1
line2\
still2
""", end='')
print('col1\tcol2\tcol3')
print('bell?\a'.replace('\a', '[BEL]'), 'nul\x00'.replace('\0', '[NUL]'))
print('\u0041\u00df\u4e2d', '\U00000041', '\x7e', '\177' == '\x7f')
print(repr('\\n'), repr('\n'), len('\\n'), len('\n'), '\\n' == r'\n')
print('octal: \1\12\123', repr('\1'), repr('\12'), repr('\123'))
print('%s' % '\t'.join(['a', 'b']), '\n'.join(['x', 'y']))
print(f'tab:\t|', f'brace: {{}} {"{"}')
