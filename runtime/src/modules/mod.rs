//! The modules built into pyjit, importable by name.
//!
//! Most are native: a function builds the module object. Modules whose work is defining
//! Python classes (`dataclasses`, `enum`, ...) are Python source kept in `py/` and compiled
//! into the binary, as CPython keeps them in Python; the data structures and algorithms they
//! rely on are native modules (`_collections`, `_functools`, ...).

pub mod array;
pub mod bisect;
pub mod collections;
pub mod functools;
pub mod gc;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod localzone;
pub mod math;
pub mod operator;
pub mod os;
pub mod random;
pub mod sre;
pub mod r#struct;
pub mod sys;
pub mod time;
pub mod traceback;

use crate::interp::Vm;
use crate::object::Obj;
use crate::PyResult;

/// Creates native module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> Option<PyResult<Obj>> {
    match name {
        "sys" => Some(Ok(vm.sys.clone())),
        "math" => Some(Ok(math::create())),
        "bisect" => Some(Ok(bisect::create())),
        "_collections" => Some(Ok(collections::create())),
        "_functools" => Some(Ok(functools::create())),
        "_heapq" => Some(Ok(heapq::create())),
        "gc" => Some(Ok(gc::create())),
        "time" => Some(Ok(time::create(vm))),
        "random" => Some(Ok(random::create())),
        "itertools" => Some(Ok(itertools::create())),
        "operator" => Some(Ok(operator::create())),
        "io" => Some(Ok(io::create(vm))),
        "os" => Some(Ok(os::create(vm))),
        "os.path" | "posixpath" => Some(Ok(os::path_module(vm))),
        "struct" => Some(Ok(r#struct::create())),
        "array" => Some(Ok(array::create())),
        "json" => Some(Ok(json::create(vm))),
        "_traceback" => Some(Ok(traceback::create())),
        "_sre" => Some(Ok(sre::create())),
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

/// Whether Python-source module `name` is a package: other Python-source modules are its
/// submodules (`re` and `re._parser`).
pub fn is_python_package(name: &str) -> bool {
    PYTHON_MODULES.iter().any(|(n, _)| {
        n.strip_prefix(name)
            .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// The Python-source modules, by name.
const PYTHON_MODULES: &[(&str, &str)] = &[
    ("abc", include_str!("py/abc.py")),
    ("asyncio", include_str!("py/asyncio.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("enum", include_str!("py/enum.py")),
    ("string", include_str!("py/string.py")),
    ("types", include_str!("py/types.py")),
    ("typing", include_str!("py/typing.py")),
    ("collections", include_str!("py/collections.py")),
    ("collections.abc", include_str!("py/collections_abc.py")),
    ("_collections_abc", include_str!("py/_collections_abc.py")),
    ("functools", include_str!("py/functools.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("copy", include_str!("py/copy.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("warnings", include_str!("py/warnings.py")),
    ("linecache", include_str!("py/linecache.py")),
    ("numbers", include_str!("py/numbers.py")),
    ("fractions", include_str!("py/fractions.py")),
    ("datetime", include_str!("py/datetime.py")),
    ("statistics", include_str!("py/statistics.py")),
    ("pprint", include_str!("py/pprint.py")),
    ("calendar", include_str!("py/calendar.py")),
    ("traceback", include_str!("py/traceback.py")),
    ("keyword", include_str!("py/keyword.py")),
    ("graphlib", include_str!("py/graphlib.py")),
    ("colorsys", include_str!("py/colorsys.py")),
    ("reprlib", include_str!("py/reprlib.py")),
    ("queue", include_str!("py/queue.py")),
    ("copyreg", include_str!("py/copyreg.py")),
    ("re", include_str!("py/re/__init__.py")),
    ("re._casefix", include_str!("py/re/_casefix.py")),
    ("re._compiler", include_str!("py/re/_compiler.py")),
    ("re._constants", include_str!("py/re/_constants.py")),
    ("re._parser", include_str!("py/re/_parser.py")),
    ("shlex", include_str!("py/shlex.py")),
    ("textwrap", include_str!("py/textwrap.py")),
];
