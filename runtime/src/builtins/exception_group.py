# Exception groups (PEP 654), written in Python and run once when the interpreter starts, in a
# namespace of their own: the classes are then copied into builtins, and `_eg_match` and
# `_prep_reraise_star` are what the interpreter calls for `except*`. `_copy_exc_metadata` and
# `_same_exc_metadata` are natives (tracebacks are not assignable from Python).


class BaseExceptionGroup(BaseException):
    """A group of exceptions raised together (PEP 654)."""

    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError(
                "BaseExceptionGroup.__new__() argument 1 must be str, not "
                + type(message).__name__
            )
        if not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError(
                    "Item %d of second argument (exceptions) is not an exception" % i
                )
        every_exception = all(isinstance(e, Exception) for e in exceptions)
        if cls is BaseExceptionGroup and every_exception:
            cls = ExceptionGroup
        elif issubclass(cls, Exception) and not every_exception:
            raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
        self = super().__new__(cls, message, exceptions)
        self._eg_message = message
        self._eg_exceptions = tuple(exceptions)
        return self

    def __init__(self, message, exceptions):
        pass

    @property
    def message(self):
        return self._eg_message

    @property
    def exceptions(self):
        return self._eg_exceptions

    def __str__(self):
        n = len(self._eg_exceptions)
        return "%s (%d sub-exception%s)" % (self._eg_message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._eg_message, excs)

    def _matcher(self, condition):
        if isinstance(condition, type) or isinstance(condition, tuple):
            return lambda e: isinstance(e, condition)
        return condition

    def split(self, condition):
        match = self._matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._eg_exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self.derive(matched) if matched else None
        r = self.derive(rest) if rest else None
        for g in (m, r):
            if g is not None:
                _copy_exc_metadata(self, g)
                notes = getattr(self, "__notes__", None)
                if notes is not None:
                    g.__notes__ = list(notes)
        return m, r

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def _check_except_star_type(match_type):
    types = match_type if isinstance(match_type, tuple) else (match_type,)
    for t in types:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError(
                "catching classes that do not inherit from BaseException is not allowed"
            )
        if issubclass(t, BaseExceptionGroup):
            raise TypeError(
                "catching ExceptionGroup with except* is not allowed. Use except instead."
            )


def _eg_match(exc, match_type):
    """One `except* T` clause: returns (rest, match), as CPython's CHECK_EG_MATCH."""
    _check_except_star_type(match_type)
    if exc is None:
        return None, None
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        wrapped = BaseExceptionGroup("", (exc,))
        _copy_exc_metadata(exc, wrapped, True)
        return None, wrapped
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return rest, match
    return exc, None


def _leaf_ids(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, into)
    else:
        into.add(id(exc))


def _prep_reraise_star(orig, excs):
    """What leaves an `except*` statement: the exceptions its clauses raised, and what they
    re-raised or left unhandled projected onto the original group's shape (CPython's
    _PyExc_PrepReraiseStar)."""
    excs = [e for e in excs if e is not None]
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception: at most one clause ran.
        return excs[0] if excs else None
    raised, reraised = [], []
    for e in excs:
        (reraised if _same_exc_metadata(e, orig) else raised).append(e)
    keep = set()
    for e in reraised:
        _leaf_ids(e, keep)
    reraised_eg = orig.split(lambda leaf: id(leaf) in keep)[0] if keep else None
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup("", raised)
