//! The modules built into pyjit, importable by name.
//!
//! Most are native: a function builds the module object. Modules whose work is defining
//! Python classes (`dataclasses`, `enum`, ...) are Python source kept in `py/` and compiled
//! into the binary, as CPython keeps them in Python; the data structures and algorithms they
//! rely on are native modules (`_collections`, `_functools`, ...).

pub mod bisect;
pub mod gc;
pub mod itertools;
pub mod math;
pub mod operator;
pub mod random;
pub mod sys;
pub mod time;

use crate::interp::Vm;
use crate::object::Obj;
use crate::PyResult;

/// Creates native module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<PyResult<Obj>> {
    match name {
        "sys" => Some(Ok(vm.sys.clone())),
        "math" => Some(Ok(math::create())),
        "bisect" => Some(Ok(bisect::create())),
        "gc" => Some(Ok(gc::create())),
        "time" => Some(Ok(time::create())),
        "random" => Some(Ok(random::create())),
        "itertools" => Some(Ok(itertools::create())),
        "operator" => Some(Ok(operator::create())),
        "builtins" => Some(Ok(vm.builtins.clone())),
        _ => None,
    }
}

/// The source of built-in module `name` when it is written in Python.
pub fn python_source(name: &str) -> Option<&'static str> {
    PYTHON_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

/// The Python-source modules, by name.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("abc", include_str!("py/abc.py")),
    ("asyncio", include_str!("py/asyncio.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("enum", include_str!("py/enum.py")),
    ("string", include_str!("py/string.py")),
    ("types", include_str!("py/types.py")),
];
