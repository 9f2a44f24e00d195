//! Hash tables and hashing for Python's `dict`, `set` and `frozenset`.
//!
//! - [`hash`]: CPython 3.11's `hash()` for ints, floats, bools, tuples, `str` and `bytes`,
//!   bit-exact with the 64-bit build (strings as with `PYTHONHASHSEED=0`). No hash here is ever
//!   `-1`, which the tables rely on.
//! - [`dict_table`]: `DictTable`, an insertion-ordered map (dense entry vector + `hashbrown` index).
//! - [`set_table`]: `SetTable`, a port of CPython's set table so that set iteration order (and so
//!   printed output) matches CPython for the same operations and hashes.
//!
//! Both tables take the Python hash and a fallible equality callback from the caller at every
//! operation: the table never hashes or compares keys itself, because in Python both can run user
//! code that raises. For comparisons that may run Python code which could mutate the table, each
//! table offers a two-phase API (`candidates`, then `insert_new` / `remove_at` / `get`, with a
//! `version()` check in between); see the module docs.
//!
//! Equality callbacks should behave like CPython's `PyObject_RichCompareBool`: report identical
//! objects as equal without calling `__eq__` (this is what makes a NaN key findable by identity).

pub mod dict_table;
pub mod hash;
pub mod set_table;
