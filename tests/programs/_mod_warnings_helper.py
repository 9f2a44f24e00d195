# Support module for mod_warnings_stacklevel: warnings raised from another module.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x


def noisy():
    warnings.warn("noisy from helper")


def internal_deprecation():
    warnings.warn("internal", DeprecationWarning)
