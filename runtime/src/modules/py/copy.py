"""Shallow and deep copy operations, with the semantics of CPython 3.11's `copy`.

copy(x) and deepcopy(x[, memo]) copy lists, dicts, sets and bytearrays by their own means,
return immutable values (numbers, strings, tuples of them, classes, functions, ...) as they
are, honour __copy__ / __deepcopy__, and rebuild other objects as CPython's
object.__reduce_ex__(4) describes them: a new object from cls.__new__(cls, *newargs), then
its state (__getstate__() when the class defines it, else its __dict__ and __slots__
values) given to __setstate__ when defined or stored back, then list items or dict items
for subclasses of list and dict. A class's own __reduce_ex__ / __reduce__ is used when it
defines one. deepcopy keeps the memo dict as CPython does (copies by id, plus the list of
originals kept alive under id(memo)).
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _identity(x, memo=None):
    return x


def _function_types():
    def f():
        pass

    class C:
        def m(self):
            pass
    return type(f), type(len), type(C().m), type(C.m)


_FunctionType, _BuiltinType, _MethodType, _ = _function_types()

# Values that are their own copies (shallow and deep).
_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           str, bytes, type, range, property, _FunctionType, _BuiltinType}

_SHALLOW = {}
for _t in _ATOMIC | {tuple, frozenset, slice}:
    _SHALLOW[_t] = _identity
_SHALLOW[list] = list.copy
_SHALLOW[dict] = dict.copy
_SHALLOW[set] = set.copy
_SHALLOW[bytearray] = bytearray.copy
del _t


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _SHALLOW.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _DEEP.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # The tuple may have been copied while copying its items (through a cycle).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, y):
        if old is not new:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    # The function bound to a copy of the instance: type(x)(x.__func__, self_copy).
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_DEEP = {}
for _t in _ATOMIC:
    _DEEP[_t] = _identity
_DEEP[list] = _deepcopy_list
_DEEP[tuple] = _deepcopy_tuple
_DEEP[dict] = _deepcopy_dict
_DEEP[_MethodType] = _deepcopy_method
del _t


def _keep_alive(x, memo):
    """Keeps x alive as long as memo, so that the id keys of memo stay unique."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# ---- object.__reduce_ex__(4), as copy sees it -------------------------------------------------

def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _own(cls, name):
    """The class's attribute `name` unless it is object's own (or absent)."""
    attr = getattr(cls, name, None)
    if attr is None or attr is getattr(object, name, None):
        return None
    return attr


_VALUE_BASES = (int, float, complex, str, bytes, tuple, frozenset)
_CONTAINER_BASES = (list, dict, set, bytearray)


def _builtin_base(cls):
    """The first builtin class other than object in cls's MRO, or None."""
    for c in cls.__mro__:
        if c is not object and c.__module__ == 'builtins':
            return c
    return None


def _reduce(x):
    cls = type(x)
    reductor = _own(cls, "__reduce_ex__")
    if reductor is not None:
        return x.__reduce_ex__(4)
    reductor = _own(cls, "__reduce__")
    if reductor is not None:
        return x.__reduce__()
    # The builtin types whose own __reduce__ CPython would use.
    if isinstance(x, _MethodType):
        return (getattr, (x.__self__, x.__func__.__name__))
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    if isinstance(x, BaseException):
        return (cls, x.args, _dict_state(x))
    base = _builtin_base(cls)
    if base is not None and not issubclass(base, _VALUE_BASES + _CONTAINER_BASES):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if (base is None and cls is not object and not hasattr(x, '__dict__')
            and not any('__slots__' in c.__dict__ for c in cls.__mro__)):
        # An object of a class a native module defines, without a __reduce__.
        raise TypeError(f"cannot pickle '{cls.__module__}.{cls.__qualname__}' object")
    if issubclass(cls, (set, frozenset)):
        # set.__reduce__: the class called with a list of the items, then the __dict__.
        return (cls, (list(x),), _getstate(x))
    if issubclass(cls, bytearray):
        # bytearray.__reduce_ex__(4): the class called with the bytes, then the __dict__.
        return (cls, (bytes(x),), _getstate(x))
    getnewargs = _own(cls, "__getnewargs__")
    if getnewargs is not None:
        args = x.__getnewargs__()
    elif base is not None and issubclass(base, _VALUE_BASES):
        args = (base(x),)
    else:
        args = ()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), _getstate(x), listitems, dictitems)


def _dict_state(x):
    try:
        d = x.__dict__
    except AttributeError:
        return None
    return d or None


def _slotnames(cls):
    names = []
    for c in cls.__mro__:
        if "__slots__" not in c.__dict__:
            continue
        slots = c.__dict__["__slots__"]
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                # Private names are mangled, as the class stores the slot (under whichever
                # name its member descriptor has).
                if stripped and '_%s%s' % (stripped, name) in c.__dict__:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _getstate(x):
    """x.__getstate__() when its class defines one; else object.__getstate__'s: the
    __dict__ (None when empty), paired with the set __slots__ values when there are any."""
    getstate = _own(type(x), "__getstate__")
    if getstate is not None:
        return x.__getstate__()
    state = _dict_state(x)
    slots = {}
    for name in _slotnames(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
