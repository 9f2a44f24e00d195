//! `_traceback`: the natives of the `traceback` module (py/traceback.py), which formats
//! exceptions exactly as pyjit prints uncaught ones (crate::traceback, CPython's format).

use crate::builtins::{add_module_function, bind};
use crate::interp::Vm;
use crate::object::exception::{exc_data, type_error};
use crate::object::function::Args;
use crate::object::{new_module, new_str, Obj};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

pub fn create() -> Obj {
    let m = new_module("_traceback");
    add_module_function(&m, "format_exception", format_exception);
    add_module_function(&m, "format_exception_only", format_exception_only);
    m
}

/// The exception argument, checked.
fn exception<'a>(v: &'a Value, name: &str) -> PyResult<&'a Obj> {
    match v {
        Value::Obj(o) if exc_data(o).is_some() => Ok(o),
        other => Err(type_error(format!(
            "{name}() needs an exception, not {}",
            crate::object::type_name(other)
        ))),
    }
}

/// `format_exception(exc, chain)`: the text of the exception's traceback and message, with
/// its causes and contexts before it if `chain`.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("format_exception", &args, &["exc", "chain"], 0, 2)?;
    let e = exception(slots[0].expect("bound"), "format_exception")?;
    let chain = ops::truthy(vm, slots[1].expect("bound"))?;
    Ok(new_str(crate::traceback::format_exception(vm, e, chain)))
}

/// `format_exception_only(exc)`: the exception's message lines, without a traceback.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("format_exception_only", &args, &["exc"], 0, 1)?;
    let e = exception(slots[0].expect("bound"), "format_exception_only")?;
    Ok(new_str(crate::traceback::format_exception_only(vm, e)))
}
