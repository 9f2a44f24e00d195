//! Native modules, importable by name: each has a function that builds the module object.

pub mod bisect;
pub mod gc;
pub mod math;
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
        "builtins" => Some(Ok(vm.builtins.clone())),
        _ => None,
    }
}
