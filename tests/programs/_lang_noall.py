# Helper module without __all__: `from _lang_noall import *` skips names starting with _.
alpha = "a"
beta = "b"
_gamma = "g"


def visible():
    return "visible()"


def _hidden():
    return "hidden()"
