# Builtins written in Python, run once into the builtins namespace when the interpreter starts.


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
                g.__cause__ = self.__cause__
                g.__context__ = self.__context__
        return m, r

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass
