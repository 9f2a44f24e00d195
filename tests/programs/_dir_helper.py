# Support module for builtin_dir_module: a module with its own __dir__ (PEP 562).
visible = 1
_private = 2


def __dir__():
    return ["zeta", "visible", "alpha"]
