# shlex: split, quote, join and the shlex lexer.
import shlex

for s in ['a b c', 'a "b c" d', "a 'b c' d", r'a\ b c', 'a "b \\"c\\" d"', "x='y z'", '  lead trail  ',
          'a#comment', 'echo "it\'s"', "'a'\"b\"c", '', 'a\\\\b', '"a b"c"d e"']:
    print(repr(s), shlex.split(s))
print(shlex.split('a # comment here', comments=True), shlex.split('a # b'), shlex.split(r'a\b', posix=False))
print(shlex.split('a "b c" d', posix=False), shlex.split("'q' r", posix=False))
for bad in ['a "b', "a 'b", 'a\\']:
    try:
        print(shlex.split(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

for s in ['abc', '', 'a b', "it's", 'a"b', '$HOME', 'safe-_.,/:@%+=', 'ünï', 'a\nb']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]), shlex.split(shlex.join(['a b', 'c"d'])))

lx = shlex.shlex('foo = bar(1, "two three") + x.y')
print(list(lx))
lx = shlex.shlex('a && b || c; d', punctuation_chars=True)
print(list(lx))
lx = shlex.shlex('ls -l /tmp/x.txt', posix=True, punctuation_chars=True)
lx.whitespace_split = True
print(list(lx))
lx = shlex.shlex('a b c')
print(lx.get_token(), lx.get_token())
lx.push_token('z')
print(lx.get_token(), lx.get_token(), lx.get_token(), repr(lx.get_token()))
lx = shlex.shlex('one "two three"', posix=True)
print(lx.read_token(), lx.lineno, list(lx), lx.eof)
lx = shlex.shlex("x\ny\nz")
print([(t, lx.lineno) for t in lx])
print(shlex.shlex('a:b', punctuation_chars=':').wordchars[-5:])
