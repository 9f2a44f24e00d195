# The Python half of `os.path` (`posixpath`), run in the module's namespace after the native
# functions are added: CPython 3.11's posixpath and genericpath functions, for str paths.
#
# `os` is imported inside the functions: this module is made while `os` is.

def expanduser(path):
    """Expand ~ and ~user constructions. If user or $HOME is unknown, do nothing.
    (~user needs the pwd module, which pyjit does not have: such paths are left as they are,
    as CPython leaves them without pwd.)"""
    import os
    path = os.fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        return path
    userhome = os.environ['HOME'].rstrip('/')
    return (userhome + path[i:]) or '/'


_varprog = None


def expandvars(path):
    """Expand shell variables of form $var and ${var}. Unknown variables are left unchanged."""
    import os
    global _varprog
    path = os.fspath(path)
    if '$' not in path:
        return path
    if not _varprog:
        import re
        _varprog = re.compile(r'\$(\w+|\{[^}]*\})', re.ASCII)
    search = _varprog.search
    environ = os.environ
    i = 0
    while True:
        m = search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith('{') and name.endswith('}'):
            name = name[1:-1]
        try:
            value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    import os
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if start is None:
        start = '.'
    else:
        start = os.fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    # Work out how much of the filepath is shared by start and path.
    i = len(commonprefix([start_list, path_list]))
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    import os
    if not m:
        return ''
    # Some people pass in a list of pathname parts to operate in an OS-agnostic fashion;
    # don't try to translate in that case as that's an abuse of the API.
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    import os
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    split_paths = [path.split('/') for path in paths]
    try:
        isabs, = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = '/' if isabs else ''
    return prefix + '/'.join(common)


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    import os
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    import os
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    import os
    return os.stat(filename).st_ctime


def islink(path):
    """Test whether a path is a symbolic link"""
    import os
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    import os
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return (s1.st_ino == s2.st_ino and
            s1.st_dev == s2.st_dev)


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
    """
    import os
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return samestat(s1, s2)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    import os
    filename = os.fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    # Join two paths, normalizing and eliminating any symbolic links encountered in the
    # second path (CPython 3.11's posixpath, for str paths).
    import os
    sep = '/'
    curdir = '.'
    pardir = '..'

    if isabs(rest):
        rest = rest[1:]
        path = sep

    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            # current dir
            continue
        if name == pardir:
            # parent dir
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st.st_mode & 0o170000 == 0o120000
        if not is_link:
            path = newpath
            continue
        # Resolve the symbolic link
        if newpath in seen:
            # Already seen this path
            path = seen[newpath]
            if path is not None:
                # use cached value
                continue
            # The symlink is not resolved, so we must have a symlink loop.
            if strict:
                # Raise OSError(errno.ELOOP)
                os.stat(newpath)
            else:
                # Return already resolved part + rest of the path unchanged.
                return join(newpath, rest), False
        seen[newpath] = None  # not resolved symlink
        path, ok = _joinrealpath(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path  # resolved symlink

    return path, True
