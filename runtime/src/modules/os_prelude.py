# The Python half of `os`, run in the module's namespace after the native functions are added.
#
# As in CPython, where these live in Lib/os.py: `environ` is an `_Environ` mapping that checks
# its keys and values are str and writes through to the process environment (native `putenv`
# and `unsetenv`), and `walk` is written over `scandir`. `stat_result` is a tuple subclass with
# named fields, like CPython's struct sequence: the tuple holds whole seconds, the attributes
# the float and nanosecond times. The native `_stat(path, follow_symlinks)` gives the fields.

from _collections_abc import MutableMapping as _MutableMapping

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        object.__setattr__(self, '_extra', fields[7:])
        return self

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(
                _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime'), self))

    def __reduce__(self):
        return (stat_result, (tuple(self)[:7] + self._extra,))


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        fields = tuple(sequence)
        if len(fields) != 2:
            raise TypeError('os.terminal_size() takes a 2-sequence (%d-sequence given)'
                            % len(fields))
        return tuple.__new__(cls, fields)

    columns = property(lambda self: tuple.__getitem__(self, 0))
    lines = property(lambda self: tuple.__getitem__(self, 1))

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def _stat_field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _extra_field(i):
    return property(lambda self: self._extra[i])


for _i, _name in enumerate(_STAT_FIELDS):
    setattr(stat_result, _name, _stat_field(_i))
for _i, _name in enumerate(('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
                            'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')):
    setattr(stat_result, _name, _extra_field(_i))
del _i, _name


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return stat_result(_stat(path, False))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory in
    the tree rooted at top (CPython 3.11's os.walk, over scandir)."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with scandir_it:
        for entry in scandir_it:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                # Bottom-up: walk into the directory unless it is a symlink not to follow.
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        # The caller may have changed dirs in place to prune the walk.
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class DirEntry:
    """An entry of scandir(): a name in a directory, with its path and type tests."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return _is_kind(self.path, follow_symlinks, 0o040000)

    def is_file(self, *, follow_symlinks=True):
        return _is_kind(self.path, follow_symlinks, 0o100000)

    def is_symlink(self):
        return _is_kind(self.path, False, 0o120000)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return lstat(self.path).st_ino


def _is_kind(p, follow_symlinks, kind):
    try:
        mode = _stat(p, follow_symlinks)[0]
    except FileNotFoundError:
        return False
    return mode & 0o170000 == kind


class _ScandirIterator:
    def __init__(self, directory, names):
        self._entries = iter([DirEntry(directory, name) for name in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of the directory `path`."""
    if path is None:
        path = '.'
    return _ScandirIterator(path, listdir(path))


class _Environ(_MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _check_str(key)
        value = _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = _check_str(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def __iter__(self):
        # list() from dict object is an atomic operation
        keys = list(self._data)
        for key in keys:
            yield key

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


environ = _Environ(_environ_dict())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)
