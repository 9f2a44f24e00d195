"""A collection of string constants, capwords() and Template (CPython 3.11's `string`)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, and join them with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """$-substitution: `$name`, `${name}`, `$$` for a literal dollar."""

    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and s[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and (s[k] == '_' or (s[k].isascii() and s[k].isalpha())):
                k += 1
                while k < n and (s[k] == '_' or (s[k].isascii() and s[k].isalnum())):
                    k += 1
            name = s[j:k]
            if not name or (braced and (k >= n or s[k] != '}')):
                if safe:
                    out.append('$')
                    i += 1
                    continue
                # CPython reports the position just after the delimiter.
                pos = i + 1
                lines = s[:pos].splitlines(keepends=True)
                if not lines:
                    colno, lineno = 1, 1
                else:
                    colno = pos - len(''.join(lines[:-1]))
                    lineno = len(lines)
                raise ValueError('Invalid placeholder in string: line %d, col %d' %
                                 (lineno, colno))
            end = k + 1 if braced else k
            if name in mapping:
                out.append('%s' % (mapping[name],))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._scan(mapping, False)

    def safe_substitute(self, mapping={}, /, **kws):
        if kws:
            mapping = dict(mapping, **kws) if mapping else kws
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        s = self.template
        i = 0
        while True:
            i = s.find('$', i)
            if i < 0:
                return ids
            if s[i + 1:i + 2] == '$':
                i += 2
                continue
            j = i + 1
            braced = s[j:j + 1] == '{'
            if braced:
                j += 1
            k = j
            while k < len(s) and (s[k] == '_' or (s[k].isascii() and s[k].isalnum())):
                k += 1
            name = s[j:k]
            if name and not name[0].isdigit() and (not braced or s[k:k + 1] == '}'):
                if name not in ids:
                    ids.append(name)
            i = k

    def is_valid(self):
        try:
            self._scan({}, True)
        except ValueError:
            return False
        return True


class Formatter:
    """str.format() as an overridable object."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
