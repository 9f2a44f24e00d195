"""Print or format exceptions (a subset of CPython 3.11's `traceback`).

Written for pyjit: the text is the one pyjit prints for an uncaught exception, which is
CPython's (the natives in `_traceback` make it), split into the strings CPython's
TracebackException.format() yields: one per frame (its File line with its source and caret
lines), one per chaining message, one per message line. print_exception, print_exc,
format_exception, format_exception_only and format_exc take CPython's arguments; `limit` and
formatting a traceback other than the exception's own raise NotImplementedError. The stack
and traceback-walking APIs (extract_tb, format_stack, TracebackException, ...) are missing.
"""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception']

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    # CPython's: the exception alone, or the legacy (type, value, tb) triple.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        else:
            return None, None
    return value, tb


def _check(value, tb, limit):
    if limit is not None:
        raise NotImplementedError("traceback: limit is not supported by pyjit")
    if value is not None and tb is None and value.__traceback__ is not None:
        raise NotImplementedError(
            "traceback: formatting an exception without its traceback is not supported "
            "by pyjit")


def _chunks(text):
    """The text as the strings TracebackException.format() yields."""
    out = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if (line == '\n' and i + 2 < len(lines) and lines[i + 2] == '\n'
                and lines[i + 1].startswith(('During handling', 'The above exception'))):
            out.append(''.join(lines[i:i + 3]))
            i += 3
            continue
        if (line.startswith('    ') and out and out[-1].startswith('  File ')
                and ', in ' in out[-1].split('\n', 1)[0]):
            out[-1] += line
        else:
            out.append(line)
        i += 1
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    _check(value, tb, limit)
    if value is None:
        return ['NoneType: None\n']
    return _chunks(_traceback.format_exception(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback, as a list of strings."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _chunks(_traceback.format_exception_only(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print the exception and its traceback to `file` (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain) \
            if value is not _sentinel or tb is not _sentinel \
            else format_exception(exc, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc prints it."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled and its traceback."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)
