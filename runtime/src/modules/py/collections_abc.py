"""`collections.abc`: the collection ABCs, defined in `_collections_abc` (as in CPython)."""

from _collections_abc import *
from _collections_abc import __all__
