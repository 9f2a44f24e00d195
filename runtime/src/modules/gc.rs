//! The `gc` module: the cycle collector (see `object::heap::collect`).

use crate::builtins::{add_module_function, check_args};
use crate::interp::Vm;
use crate::object::function::Args;
use crate::object::heap;
use crate::object::{new_module, Obj};
use crate::value::Value;
use crate::PyResult;

fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("collect", &args, 0, 1)?;
    let mut found = heap::collect();
    // Finalisers of unreachable objects run now; then their cycles are collected.
    if crate::interp::finalize::pending() {
        crate::interp::finalize::run(vm);
        found += heap::collect();
    }
    Ok(Value::Int(found as i64))
}

fn enable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    heap::set_collection_enabled(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    heap::set_collection_enabled(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(heap::collection_enabled()))
}

pub fn create() -> Obj {
    let m = new_module("gc");
    add_module_function(&m, "collect", collect);
    add_module_function(&m, "enable", enable);
    add_module_function(&m, "disable", disable);
    add_module_function(&m, "isenabled", isenabled);
    m
}
