# Failing imports caught as exceptions
try:
    import _does_not_exist_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _does_not_exist_module
except ImportError as e:
    print("ImportError subclass:", type(e).__name__, isinstance(e, ImportError))
try:
    from _lang_noall import no_such_name
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _pkg_a.missing_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import _pkg_a
print("package still usable:", _pkg_a.PKG_VALUE)
print(issubclass(ModuleNotFoundError, ImportError), ImportError.__mro__[1].__name__)
