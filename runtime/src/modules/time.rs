//! The `time` module: wall clock, monotonic and CPU clocks, and `sleep`.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::{add_module_function, check_args};
use crate::interp::Vm;
use crate::object::exception::value_error;
use crate::object::function::Args;
use crate::object::{new_module, Obj};
use crate::value::Value;
use crate::PyResult;

thread_local! {
    static START: Instant = Instant::now();
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("time", &args, 0, 0)?;
    Ok(Value::Float(now()))
}

fn time_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(Value::Int(ns))
}

fn perf_counter(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn perf_counter_ns(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(START.with(|s| s.elapsed().as_nanos() as i64)))
}

fn process_time(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    // CPU time of this process, from /proc/self/stat (utime + stime in clock ticks).
    let ticks = std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            let after = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = after.split_whitespace().collect();
            let u: f64 = fields.get(11)?.parse().ok()?;
            let st: f64 = fields.get(12)?.parse().ok()?;
            Some(u + st)
        })
        .unwrap_or(0.0);
    Ok(Value::Float(ticks / 100.0))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("sleep", &args, 1, 1)?;
    let secs = crate::builtins::number::to_f64(vm, &args.values[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.flush_stdout();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}

pub fn create() -> Obj {
    let m = new_module("time");
    add_module_function(&m, "time", time);
    add_module_function(&m, "time_ns", time_ns);
    add_module_function(&m, "perf_counter", perf_counter);
    add_module_function(&m, "perf_counter_ns", perf_counter_ns);
    add_module_function(&m, "monotonic", perf_counter);
    add_module_function(&m, "monotonic_ns", perf_counter_ns);
    add_module_function(&m, "process_time", process_time);
    add_module_function(&m, "sleep", sleep);
    m
}
